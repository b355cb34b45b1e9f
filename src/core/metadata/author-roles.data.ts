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
} as const;
