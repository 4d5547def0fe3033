// report/markdown/: the sticky PR comment (and the job summary, the same body) as Markdown.
export { COMMENT_MARKER, commentMarker, GITHUB_COMMENT_LIMIT, renderComment, type CommentOptions } from "./render-comment.js";
export { htmlComment, inlineCode, mermaidLabel, plainText, tableCell } from "./escape.js";
