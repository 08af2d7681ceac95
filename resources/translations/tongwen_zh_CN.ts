<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationController</name>
    <message>
        <source>Annotations are unavailable: {error}</source>
        <translation>批注不可用：{error}</translation>
    </message>
    <message>
        <source>the annotation database has schema version {0}, newer than this reader understands ({1}); it was left untouched</source>
        <translation>批注数据库的结构版本为 {0}，比本程序能读取的版本（{1}）新；数据库保持原样，未被改动</translation>
    </message>
    <message>
        <source>cannot open the annotation database {0}: {1}</source>
        <translation>无法打开批注数据库 {0}：{1}</translation>
    </message>
    <message>
        <source>cannot read the annotation database {0}: {1}</source>
        <translation>无法读取批注数据库 {0}：{1}</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selection in the last colour used</source>
        <translation>用上次使用的颜色高亮所选文字</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>批注面板(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;In</source>
        <translation>高亮颜色(&amp;I)</translation>
    </message>
    <message>
        <source>Could not read the annotations: {error}</source>
        <translation>无法读取批注：{error}</translation>
    </message>
    <message>
        <source>The annotation could not be changed: {error}</source>
        <translation>无法修改批注：{error}</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>请先在文章中选择文字。</translation>
    </message>
    <message>
        <source>Select some text in the article first, or click a highlight.</source>
        <translation>请先在文章中选择文字，或点击一处高亮。</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Highlight deleted — Ctrl+Z brings it back.</source>
        <translation>已删除高亮，按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>This highlight&apos;s text is not in the current version of the document.</source>
        <translation>这处高亮的文字已不在当前版本的文档中。</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Not found in the current text</source>
        <translation>在当前文本中找不到</translation>
    </message>
    <message>
        <source> Note: {note}</source>
        <translation>笔记：{note}</translation>
    </message>
    <message>
        <source>{colour} highlight: {quote}.</source>
        <translation>{colour}高亮：{quote}。</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Show highlights of one colour</source>
        <translation>只显示一种颜色的高亮</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+Shift+H.</source>
        <translation>还没有高亮。
在文章中选择文字后按 Ctrl+Shift+H。</translation>
    </message>
    <message>
        <source>Annotations ({count})</source>
        <translation>批注（{count}）</translation>
    </message>
    <message numerus="yes">
        <source> · %n not found</source>
        <translation>
            <numerusform>・%n 条找不到</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>导出批注(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>导入批注(&amp;I)…</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>W3C Web Annotation JSON-LD（*.jsonld *.json）</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <source>Could not read the annotations: {error}</source>
        <translation>无法读取批注：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条批注导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotation JSON-LD（*.jsonld *.json）;;所有文件（*）</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>The annotations could not be stored: {error}</source>
        <translation>无法保存批注：{error}</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>已导入 {name}：新增 {added} 条，更新 {updated} 条，{unchanged} 条已存在</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>the document could not be shown ({0})</source>
        <translation>无法显示此文档（{0}）</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Open link</source>
        <extracomment>(key, position) just before a jump (a search hit, an annotation, top or end): what a back step returns to. (key, position) of the document being replaced by another one.</extracomment>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>要在网页浏览器中打开这个链接吗？

{url}</translation>
    </message>
</context>
<context>
    <name>CaretBrowsing</name>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>光标浏览(&amp;C)</translation>
    </message>
    <message>
        <source>Move a cursor through the article with the arrow keys; Shift selects</source>
        <translation>用方向键在文章中移动光标；按住 Shift 选择</translation>
    </message>
    <message>
        <source>Caret browsing on: arrows move, Shift+arrows select (F7 turns it off)</source>
        <translation>光标浏览已打开：方向键移动，Shift+方向键选择（按 F7 关闭）</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>光标浏览已关闭</translation>
    </message>
</context>
<context>
    <name>ContentsMenu</name>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>No headings in this article</source>
        <translation>这篇文章没有小标题</translation>
    </message>
</context>
<context>
    <name>CopyActions</name>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>复制为纯文本(&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown with Source</source>
        <translation>复制为 Markdown 并附出处(&amp;M)</translation>
    </message>
    <message>
        <source>Copy as &amp;Quotation</source>
        <translation>复制为引文(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DataFolderClaim</name>
    <message>
        <source> (process {pid})</source>
        <translation>（进程 {pid}）</translation>
    </message>
    <message>
        <source>Another Tongwen Reader window{holder} is using this data folder: this one shows the library but does not index it (new and changed files appear in the other window).</source>
        <translation>另一个同文阅读器窗口{holder}正在使用这个数据文件夹：这个窗口可以浏览文库，但不会建立索引（新增和修改的文件会在另一个窗口出现）。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a day</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Markdown, for reading (quotes shown in {script})</source>
        <translation>Markdown，供阅读（引文以{script}显示）</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD, for other tools (original text)</source>
        <translation>W3C Web Annotation JSON-LD，供其他工具使用（原文）</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>此文档</translation>
    </message>
    <message>
        <source>Whole library (every annotated document)</source>
        <translation>整个文库（所有带批注的文档）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>按标题排序</translation>
    </message>
    <message>
        <source>Source A–Z</source>
        <translation>按来源排序</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write 2021-01-31, 2021-01 or 2021</source>
        <translation>“{text}”不是日期：请写成 2021-01-31、2021-01 或 2021</translation>
    </message>
    <message>
        <source>The start date is after the end date: nothing is listed</source>
        <translation>开始日期晚于结束日期：没有符合的文档</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>起始日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>结束日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 篇</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (繁/简 either way)</source>
        <translation>在文章中查找（简繁均可）</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n</source>
        <translation>
            <numerusform>第 {current} 个，共 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>专注模式(&amp;O)</translation>
    </message>
    <message>
        <source>Only the article: no list, panel or bars (Esc)</source>
        <translation>只显示文章：隐藏列表、面板和工具栏（Esc 退出）</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Library Folders</source>
        <translation>文库文件夹</translation>
    </message>
    <message>
        <source>&amp;Folders…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Removing a folder keeps its highlights, notes, read marks and stars.</source>
        <translation>移除文件夹时，会保留其中的高亮、笔记、已读标记和星标。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted files now</source>
        <translation>立即检查新增、修改和删除的文件</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>部分已建立索引</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>已建立索引</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>添加文件夹</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;User Guide…</source>
        <translation>用户指南(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;About Tongwen Reader…</source>
        <translation>关于同文阅读器(&amp;A)…</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>The user guide is the README of Tongwen Reader; it is not installed.</source>
        <translation>用户指南就是同文阅读器的 README 文件，但这里没有安装该文件。</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Tongwen Reader {version}</source>
        <translation>同文阅读器 {version}</translation>
    </message>
    <message>
        <source>An offline reader for Chinese-language articles.</source>
        <translation>离线阅读中文文章的阅读器。</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · OpenCC (opencc-py) {opencc} · Python {py}</source>
        <translation>Qt {qt} · PySide6 {pyside} · OpenCC（opencc-py）{opencc} · Python {py}</translation>
    </message>
    <message>
        <source>Licences: Tongwen Reader MIT; Qt and PySide6 LGPL-3.0; OpenCC and its dictionaries Apache-2.0.</source>
        <translation>许可证：同文阅读器采用 MIT；Qt 和 PySide6 采用 LGPL-3.0；OpenCC 及其词典采用 Apache-2.0。</translation>
    </message>
    <message>
        <source>Your data (annotations, settings, the library index) is in:</source>
        <translation>你的数据（批注、设置、书库索引）保存在：</translation>
    </message>
    <message>
        <source>About Tongwen Reader</source>
        <translation>关于同文阅读器</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop indexing (what is indexed stays)</source>
        <translation>停止建立索引（已建立的部分会保留）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Index the rest of the library folders</source>
        <translation>为文库文件夹中其余的文件建立索引</translation>
    </message>
    <message>
        <source>Indexing {done} / {total} · {rate}/s</source>
        <translation>正在建立索引 {done} / {total}・每秒 {rate} 篇</translation>
    </message>
    <message>
        <source>Indexing was cancelled: the library is partial (some documents are missing)</source>
        <translation>已取消建立索引：文库不完整（缺少部分文档）</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Each language as it names itself (the menu shows them so, whatever the interface language).</extracomment>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Tongwen Reader will use {language} the next time it starts.</source>
        <translation>同文阅读器下次启动时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>LibraryIndexer</name>
    <message>
        <source>the indexing process ended unexpectedly (exit code {code})</source>
        <translation>建立索引的进程意外结束（退出代码 {code}）</translation>
    </message>
</context>
<context>
    <name>LibraryMarks</name>
    <message>
        <source>Mark as &amp;Unread</source>
        <extracomment>The next unread document was chosen: (document id).</extracomment>
        <translation>标为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>下一篇未读(&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;All Listed as Read</source>
        <translation>将列出的全部标为已读(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;Older as Read…</source>
        <translation>将较旧的标为已读(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n document(s) as read</source>
        <translation>
            <numerusform>已将 %n 篇文档标为已读</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread documents in the list</source>
        <translation>列表中没有未读文档</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>标为已读(&amp;R)</translation>
    </message>
    <message>
        <source>Remove &amp;Star</source>
        <translation>取消星标(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Read marks and stars cannot be saved ({path}: {error}); they last for this session only.</source>
        <extracomment>Once per :meth:`open_roots`: the list shows the whole library, freshly indexed. Why read marks and stars cannot be kept (they then last for this session only).</extracomment>
        <translation>无法保存已读标记和星标（{path}：{error}）；它们只在本次使用期间有效。</translation>
    </message>
    <message>
        <source>The library list could not be read: {error}</source>
        <translation>无法读取文库列表：{error}</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>建立索引失败：{error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the parse cache</source>
        <translation>解析缓存</translation>
    </message>
    <message>
        <source>the reading positions</source>
        <translation>阅读位置记录</translation>
    </message>
    <message>
        <source>the library index</source>
        <translation>文库索引</translation>
    </message>
    <message>
        <source>Tongwen Reader</source>
        <translation>同文阅读器</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source> Script: </source>
        <translation> 简繁：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Top of Article</source>
        <translation>文章开头(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End of Article</source>
        <translation>文章结尾(&amp;E)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Your note (saved at once)</source>
        <translation>你的笔记（立即保存）</translation>
    </message>
</context>
<context>
    <name>NotebookModel</name>
    <message>
        <source>noted {moment}</source>
        <translation>高亮于 {moment}</translation>
    </message>
</context>
<context>
    <name>NotebookWindow</name>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>按文档</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>按颜色</translation>
    </message>
    <message>
        <source>All Annotations</source>
        <translation>所有批注</translation>
    </message>
    <message>
        <source>All &amp;Annotations…</source>
        <translation>所有批注(&amp;A)…</translation>
    </message>
    <message>
        <source>Close All Annotations</source>
        <translation>关闭所有批注</translation>
    </message>
    <message>
        <source>Search highlights and notes (either script)</source>
        <translation>搜索高亮和笔记（繁简均可）</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export Selected</source>
        <translation>导出所选项(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>As &amp;W3C Web Annotation JSON-LD…</source>
        <translation>导出为 W3C Web Annotation JSON-LD(&amp;W)…</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Could not read the annotations: {error}</source>
        <translation>无法读取批注：{error}</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) shown</source>
        <translation>
            <numerusform>显示 %n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The document of this highlight is not there any more.</source>
        <translation>这条高亮所在的文档已不在原处。</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>W3C Web Annotation JSON-LD（*.jsonld *.json）</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条批注导出到 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{0} was damaged and has been rebuilt; the damaged file was kept as {1}.</source>
        <translation>{0}已损坏，已重新建立；损坏的文件保留为 {1}。</translation>
    </message>
    <message>
        <source>{0} cannot be written in the data folder ({1}); a temporary one is used until the reader is closed.</source>
        <translation>{0}无法写入数据文件夹（{1}）；在关闭阅读器之前，暂时使用临时文件。</translation>
    </message>
</context>
<context>
    <name>OlderThanDialog</name>
    <message>
        <source>Mark Older as Read</source>
        <translation>将较旧的标为已读</translation>
    </message>
    <message>
        <source>Mark the listed documents dated before this day as read:</source>
        <translation>将列出的文档中，日期早于这一天的标为已读：</translation>
    </message>
</context>
<context>
    <name>OriginalFormTips</name>
    <message>
        <source>原文：{text}</source>
        <translation>原文：{text}</translation>
    </message>
</context>
<context>
    <name>PaneLayout</name>
    <message>
        <source>Library &amp;List</source>
        <translation>文档列表(&amp;L)</translation>
    </message>
    <message>
        <source>the list ({keys})</source>
        <translation>列表（{keys}）</translation>
    </message>
    <message>
        <source>the annotations ({keys})</source>
        <translation>批注面板（{keys}）</translation>
    </message>
    <message>
        <source>Hidden to give the article room: {panes}</source>
        <translation>为了让文章有足够宽度而隐藏：{panes}</translation>
    </message>
    <message>
        <source>The window is too narrow for this pane beside the article.</source>
        <translation>窗口太窄，无法在文章旁显示这个面板。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}.</source>
        <translation>无法将 PDF 写入 {path}。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message>
        <source>finished</source>
        <translation>已读完</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% · {left}</source>
        <translation>{percent}% · {left}</translation>
    </message>
    <message>
        <source>Read so far, and the time left at {chinese} Chinese characters or {english} English words a minute</source>
        <translation>已读的比例，以及按每分钟 {chinese} 个汉字或 {english} 个英文单词估算的剩余时间</translation>
    </message>
</context>
<context>
    <name>ReadingPrefs</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Theme: Follow &amp;System</source>
        <translation>主题：跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Theme: L&amp;ight</source>
        <translation>主题：浅色(&amp;I)</translation>
    </message>
    <message>
        <source>Theme: Se&amp;pia</source>
        <translation>主题：棕褐色(&amp;P)</translation>
    </message>
    <message>
        <source>Theme: &amp;Dark</source>
        <translation>主题：深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ReadingSettings</name>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>阅读设置(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <source>Reading Settings</source>
        <translation>阅读设置</translation>
    </message>
    <message>
        <source>Default (serif)</source>
        <translation>默认（宋体）</translation>
    </message>
    <message>
        <source>Same as Chinese</source>
        <translation>与中文相同</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>&amp;Justify paragraphs</source>
        <translation>段落两端对齐(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Chinese font:</source>
        <translation>中文字体(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Latin font:</source>
        <translation>西文字体(&amp;L)：</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>行距(&amp;P)：</translation>
    </message>
    <message>
        <source>Space &amp;after paragraphs:</source>
        <translation>段落间距(&amp;A)：</translation>
    </message>
    <message>
        <source>Text &amp;width (at most):</source>
        <translation>最大行宽(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Edit Rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>the same: never convert</source>
        <translation>留空：始终不转换</translation>
    </message>
    <message>
        <source>&amp;Text in the document:</source>
        <translation>文档中的文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation>显示为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>适用于(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Conversion Rules</source>
        <translation>转换规则</translation>
    </message>
    <message>
        <source>Text in the document</source>
        <translation>文档中的文字</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>In</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(never convert)</source>
        <translation>（始终不转换）</translation>
    </message>
    <message>
        <source>Import Conversion Rules</source>
        <translation>导入转换规则</translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation>规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}.</source>
        <translation>无法导入 {file}：{reason}。</translation>
    </message>
    <message>
        <source>Export Conversion Rules</source>
        <translation>导出转换规则</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>规则 (*.json)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
</context>
<context>
    <name>ScriptOptionsControl</name>
    <message>
        <source>The conversion rules could not be read ({problem}); the file is kept, and a copy of it is made before any rule is saved.</source>
        <extracomment>For the window&apos;s notice bar: the stored rules could not be read (empty: they could).</extracomment>
        <translation>无法读取转换规则（{problem}）；文件会保留，保存任何规则之前会先另存一份副本。</translation>
    </message>
    <message>
        <source>Regional &amp;Vocabulary</source>
        <translation>地区用语(&amp;V)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>用语</translation>
    </message>
    <message>
        <source>Characters and regional vocabulary (软件 → 軟體); off: characters only (软件 → 軟件)</source>
        <translation>转换字和地区用语（软件 → 软体）；关闭时只转换字（软件保持软件）</translation>
    </message>
    <message>
        <source>{forms} in the Ta&amp;iwan Form</source>
        <translation>台湾用语中的 {forms}(&amp;I)</translation>
    </message>
    <message>
        <source>As Taiwan&apos;s &amp;Writers Do</source>
        <translation>按台湾作者的写法(&amp;W)</translation>
    </message>
    <message>
        <source>Always {form}</source>
        <translation>始终写作 {form}</translation>
    </message>
    <message>
        <source>Conversion &amp;Rules…</source>
        <translation>转换规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Always &amp;Show This As…</source>
        <translation>始终显示为(&amp;S)…</translation>
    </message>
    <message>
        <source>Never &amp;Convert This</source>
        <translation>始终不转换(&amp;C)</translation>
    </message>
    <message>
        <source>Conversion Rules</source>
        <translation>转换规则</translation>
    </message>
    <message>
        <source>The rules could not be saved: {error}</source>
        <translation>无法保存规则：{error}</translation>
    </message>
    <message>
        <source>Always Show This As</source>
        <translation>始终显示为</translation>
    </message>
    <message>
        <source>Show “{original}” as:</source>
        <translation>将“{original}”显示为：</translation>
    </message>
</context>
<context>
    <name>ScriptToggle</name>
    <message>
        <source>&amp;Traditional Form</source>
        <translation>繁体样式(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Simplified Form</source>
        <translation>简体样式(&amp;S)</translation>
    </message>
    <message>
        <source>Cycle Display Script</source>
        <translation>轮流切换简繁显示</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the library (Ctrl+K) — 简体 or 繁體</source>
        <translation>搜索文库（简繁均可，Ctrl+K）</translation>
    </message>
    <message numerus="yes">
        <source> %n result(s) for “{query}” — Esc to return to the list</source>
        <translation>
            <numerusform> “{query}”共 %n 条结果，按 Esc 返回列表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> up to %n result(s) for “{query}” — Esc to return to the list</source>
        <translation>
            <numerusform> “{query}”至多 %n 条结果，按 Esc 返回列表</numerusform>
        </translation>
    </message>
    <message>
        <source> Searching…</source>
        <translation> 正在搜索…</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Highlight in {colour}</source>
        <translation>用{colour}高亮</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <source>Highlight and add a note (Ctrl+Shift+M)</source>
        <translation>高亮并添加笔记（Ctrl+Shift+M）</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>With highlights</source>
        <translation>有高亮</translation>
    </message>
</context>
<context>
    <name>article</name>
    <message>
        <source>Image not downloaded</source>
        <translation>图片未下载</translation>
    </message>
    <message>
        <source>This file cannot be shown: {error}.</source>
        <translation>无法显示此文件：{error}。</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>嵌入内容</translation>
    </message>
    <message>
        <source>{service} post</source>
        <translation>{service} 帖子</translation>
    </message>
    <message>
        <source>{service} post by {account}</source>
        <translation>{account} 的 {service} 帖子</translation>
    </message>
    <message>
        <source>{service} video</source>
        <translation>{service} 视频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>: </source>
        <comment>between an embed card&apos;s words and its text</comment>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>colours</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{year:04d}-{month:02d}-{day:02d}</source>
        <comment>a calendar day</comment>
        <translation>{year}年{month}月{day}日</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>No Chinese font is installed, so Chinese text shows as empty boxes. Install one, e.g. on Debian/Ubuntu: sudo apt install fonts-noto-cjk</source>
        <translation>系统没有安装中文字体，中文会显示为空白方框。请安装中文字体，例如在 Debian/Ubuntu 上运行：sudo apt install fonts-noto-cjk</translation>
    </message>
</context>
<context>
    <name>import_problems</name>
    <message>
        <source>TextPositionSelector start</source>
        <translation>TextPositionSelector 的起点</translation>
    </message>
    <message>
        <source>TextPositionSelector end</source>
        <translation>TextPositionSelector 的终点</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>the prefix</source>
        <translation>引文前的文本</translation>
    </message>
    <message>
        <source>the suffix</source>
        <translation>引文后的文本</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>is not of type &quot;Annotation&quot;</source>
        <translation>类型不是 &quot;Annotation&quot;</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>没有标识符</translation>
    </message>
    <message>
        <source>has an invalid urn:uuid id {0}</source>
        <translation>urn:uuid 标识符 {0} 无效</translation>
    </message>
    <message>
        <source>has no target with a source and selectors</source>
        <translation>没有包含来源和选择器的目标</translation>
    </message>
    <message>
        <source>target has no source URI</source>
        <translation>目标没有来源 URI</translation>
    </message>
    <message>
        <source>has a selector that is not a JSON object</source>
        <translation>有一个选择器不是 JSON 对象</translation>
    </message>
    <message>
        <source>TextQuoteSelector has no exact text</source>
        <translation>TextQuoteSelector 没有引文文本</translation>
    </message>
    <message>
        <source>TextQuoteSelector prefix/suffix are not text</source>
        <translation>TextQuoteSelector 的前后文不是文本</translation>
    </message>
    <message>
        <source>{field} is not a whole number</source>
        <translation>{field}不是整数</translation>
    </message>
    <message>
        <source>{field} is far too large</source>
        <translation>{field}过大</translation>
    </message>
    <message>
        <source>TextPositionSelector {0}–{1} is not a range</source>
        <translation>TextPositionSelector {0}–{1} 不是有效的范围</translation>
    </message>
    <message>
        <source>target has no TextQuoteSelector</source>
        <translation>目标没有 TextQuoteSelector</translation>
    </message>
    <message>
        <source>has a body that is neither text nor a JSON object</source>
        <translation>有一项批注内容既不是文本也不是 JSON 对象</translation>
    </message>
    <message>
        <source>has a body whose value is not text</source>
        <translation>有一项批注内容的值不是文本</translation>
    </message>
    <message>
        <source>has a created/modified time outside the dates that can be stored</source>
        <translation>创建或修改时间超出可保存的日期范围</translation>
    </message>
    <message>
        <source>has a created/modified time that is not ISO 8601</source>
        <translation>创建或修改时间不是 ISO 8601 格式</translation>
    </message>
    <message>
        <source>{field} contains a lone surrogate (not valid Unicode text)</source>
        <translation>{field}含有孤立的代理字符（不是有效的 Unicode 文本）</translation>
    </message>
    <message>
        <source>not JSON: {0} at line {1} column {2}</source>
        <translation>不是 JSON：第 {1} 行第 {2} 列有误</translation>
    </message>
    <message>
        <source>not an annotation file: JSON nested too deeply</source>
        <translation>不是批注文件：JSON 嵌套层次太深</translation>
    </message>
    <message>
        <source>the AnnotationCollection has no &quot;items&quot; list</source>
        <translation>AnnotationCollection 没有 &quot;items&quot; 列表</translation>
    </message>
    <message>
        <source>not a W3C Web Annotation file: expected an AnnotationCollection with items</source>
        <translation>不是 W3C Web Annotation 文件：应为包含条目的 AnnotationCollection</translation>
    </message>
    <message>
        <source>nothing was imported: {items}</source>
        <translation>未导入任何内容：{items}</translation>
    </message>
    <message>
        <source>nothing was imported: the file has the same id twice</source>
        <translation>未导入任何内容：文件中有重复的标识符</translation>
    </message>
    <message>
        <source>item {number}: {problem}</source>
        <translation>第 {number} 项：{problem}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 项）</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>the original script</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>&amp;Standard Traditional (OpenCC)</source>
        <translation>标准繁体（OpenCC）(&amp;S)</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>繁体（台湾）</translation>
    </message>
    <message>
        <source>&amp;Taiwan (软件 → 軟體)</source>
        <translation>台湾用语（软件 → 软体）(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>繁体（香港）</translation>
    </message>
    <message>
        <source>&amp;Hong Kong</source>
        <translation>香港字形(&amp;H)</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>&amp;Standard Simplified (OpenCC)</source>
        <translation>标准简体（OpenCC）(&amp;S)</translation>
    </message>
    <message>
        <source>Simplified (mainland phrasing)</source>
        <translation>简体（大陆用语）</translation>
    </message>
    <message>
        <source>&amp;Mainland Phrasing (網際網路 → 互联网)</source>
        <translation>大陆用语（网际网路 → 互联网）(&amp;M)</translation>
    </message>
    <message>
        <source>Original</source>
        <extracomment>The toolbar&apos;s three scripts: (button text, tool tip).</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <source>Show the document as written</source>
        <translation>按原文显示</translation>
    </message>
    <message>
        <source>Show in Traditional script (arrow: regional form)</source>
        <translation>以繁体显示（箭头：选择地区用字）</translation>
    </message>
    <message>
        <source>Show in Simplified script (arrow: regional form)</source>
        <translation>以简体显示（箭头：选择地区用字）</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;Colour</source>
        <translation>更改颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>在文章中显示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <source>the file is too large ({detail} MB)</source>
        <translation>文件太大（{detail} MB）</translation>
    </message>
    <message>
        <source>the file grew past {detail} MB while it was read; not read</source>
        <translation>文件在读取时超过 {detail} MB；未读取</translation>
    </message>
    <message>
        <source>a named pipe (FIFO), not a file; not read</source>
        <translation>这是命名管道（FIFO），不是文件；未读取</translation>
    </message>
    <message>
        <source>a device, not a file; not read</source>
        <translation>这是设备，不是文件；未读取</translation>
    </message>
    <message>
        <source>a socket, not a file; not read</source>
        <translation>这是套接字（socket），不是文件；未读取</translation>
    </message>
    <message>
        <source>not a regular file; not read</source>
        <translation>不是普通文件；未读取</translation>
    </message>
    <message>
        <source>a link to a file outside its folder; not read</source>
        <translation>链接指向所在文件夹以外的文件；未读取</translation>
    </message>
    <message>
        <source>the document could not be laid out ({detail})</source>
        <translation>无法排版此文档（{detail}）</translation>
    </message>
    <message>
        <source>the document could not be read ({detail})</source>
        <translation>无法读取此文档（{detail}）</translation>
    </message>
    <message>
        <source>the document could not be read (the parser&apos;s process ended while reading it)</source>
        <translation>无法读取此文档（解析进程在读取时退出）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
</context>
<context>
    <name>rule_problems</name>
    <message>
        <source>the file is larger than {0} MB</source>
        <translation>文件大于 {0} MB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {0})</source>
        <translation>文件不是 UTF-8 文本（位于第 {0} 字节）</translation>
    </message>
    <message>
        <source>the file is not JSON (nested too deeply)</source>
        <translation>文件不是 JSON，嵌套层次太深</translation>
    </message>
    <message>
        <source>the file is not JSON (line {0}, column {1}: {2})</source>
        <translation>文件不是 JSON，第 {0} 行第 {1} 列有误</translation>
    </message>
    <message>
        <source>not a conversion rules file (no &quot;format&quot;: &quot;{0}&quot;)</source>
        <translation>不是转换规则文件（没有 &quot;format&quot;: &quot;{0}&quot;）</translation>
    </message>
    <message>
        <source>version {0} of the rules format is not known</source>
        <translation>无法识别规则格式的版本 {0}</translation>
    </message>
    <message>
        <source>the file has no &quot;rules&quot; list</source>
        <translation>文件没有 &quot;rules&quot; 列表</translation>
    </message>
    <message>
        <source>the file has more than {0} rules</source>
        <translation>文件的规则超过 {0} 条</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是文件夹</translation>
    </message>
    <message>
        <source>rule {0} is not an object</source>
        <translation>第 {0} 条规则不是对象</translation>
    </message>
    <message>
        <source>rule {0}: &quot;original&quot; must be some text</source>
        <translation>第 {0} 条规则：&quot;original&quot;（原文）必须是非空文本</translation>
    </message>
    <message>
        <source>rule {0}: &quot;shown&quot; must be text</source>
        <translation>第 {0} 条规则：&quot;shown&quot;（显示为）必须是文本</translation>
    </message>
    <message>
        <source>rule {0}: &quot;in&quot; must be &quot;all&quot;, &quot;traditional&quot; or &quot;simplified&quot;</source>
        <translation>第 {0} 条规则：&quot;in&quot;（适用范围）必须是 &quot;all&quot;、&quot;traditional&quot; 或 &quot;simplified&quot;</translation>
    </message>
    <message>
        <source>rule {0}: control characters are not allowed</source>
        <translation>第 {0} 条规则：不能包含控制字符</translation>
    </message>
    <message>
        <source>a rule needs the text it applies to and what to show</source>
        <translation>规则需要适用的文本和要显示的文本</translation>
    </message>
    <message>
        <source>a rule is for text within one line</source>
        <translation>规则只能用于单行文本</translation>
    </message>
    <message>
        <source>a rule is for at most {0} characters</source>
        <translation>规则最多 {0} 个字符</translation>
    </message>
    <message>
        <source>rule {number}: {problem}</source>
        <translation>第 {number} 条规则：{problem}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Every script</source>
        <translation>所有字体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
</context>
</TS>
