/**
 * Role words that Japanese, Chinese and Korean credits print after a name: "Eric Freeman　著",
 * "木下 哲也　訳", "王小明 编著", "홍길동 기자". They count only when they stand apart from the name
 * (after a space): names may end with the same character ("佐藤文", "李著"). "文" (text by) is left out:
 * it is also a given name written after a space ("山田 文").
 */
export const CJK_ROLE_SUFFIXES = {
  /** The person wrote, edited or translated the text: the role word goes, the name stays. */
  text: [
    '著', '作', '撰', '撰文', '記', '述', '編', '編著', '編集', '编', '编著', '主编', '編訳', '訳', '翻訳', '監訳', '共訳',
    '译', '翻译', '監修', '监修', '기자', '특파원', '지음', '옮김', '글',
  ],
  /** The person made the pictures: not an author of the text (as "Photos by …" is not). */
  pictures: ['絵', '画', 'イラスト', '写真', '撮影', '摄影', '사진', '그림'],
  /**
   * "Reporter" and "correspondent", also printed glued to the name ("山田太郎記者", "홍길동기자"): no
   * given name ends with them, so they go with or without the space (after at least two characters).
   */
  glued: ['記者', '记者', '기자', '특파원', '特派員', '特派员'],
} as const;

/**
 * The desk printed before a reporter's name in Japanese and Chinese bylines ("社会部 山田太郎記者",
 * "ワシントン支局 佐藤花子"): a word ending in one of these, then a space. Not part of the name. Desks
 * are listed whole, not as any word ending in "部": surnames end in it too (阿部, 服部, 長谷部).
 */
export const CJK_DESK_PREFIX_ENDINGS = [
  '支局', '総局', '总局', '分社', '社会部', '政治部', '経済部', '经济部', '国際部', '国际部', '外信部', '文化部',
  '運動部', '科学部', '生活部', '報道部', '报道部', '地方部', '写真部', '編集局',
] as const;
