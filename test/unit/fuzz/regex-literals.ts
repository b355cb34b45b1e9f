import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regular-expression literal found in the source, with where it is. */
export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** Every `/…/flags` literal in the TypeScript files under `dirs` (relative to `root`), found with the compiler's scanner so strings and comments are never mistaken for patterns. */
export function findRegexLiterals(root: string, dirs: string[]): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  for (const dir of dirs) {
    for (const file of tsFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(sf);
          const end = literal.lastIndexOf('/');
          found.push({
            file: relative(root, file),
            line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
            source: literal.slice(1, end),
            flags: literal.slice(end + 1),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return found;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
