<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnotationPanel</name>
    <message numerus="yes">
        <source> · %n not found</source>
        <translation>
            <numerusform> · %n not found</numerusform>
            <numerusform> · %n not found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>Exported %n annotation to {path}</numerusform>
            <numerusform>Exported %n annotations to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>{current} of %n</source>
        <translation>
            <numerusform>{current} of %n</numerusform>
            <numerusform>{current} of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryMarks</name>
    <message numerus="yes">
        <source>Marked %n document(s) as read</source>
        <translation>
            <numerusform>Marked %n document as read</numerusform>
            <numerusform>Marked %n documents as read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookWindow</name>
    <message numerus="yes">
        <source>%n annotation(s) shown</source>
        <translation>
            <numerusform>%n annotation shown</numerusform>
            <numerusform>%n annotations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>Exported %n annotation to {path}</numerusform>
            <numerusform>Exported %n annotations to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source> %n result(s) for “{query}” — Esc to return to the list</source>
        <translation>
            <numerusform> %n result for “{query}” — Esc to return to the list</numerusform>
            <numerusform> %n results for “{query}” — Esc to return to the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> up to %n result(s) for “{query}” — Esc to return to the list</source>
        <translation>
            <numerusform> up to %n result for “{query}” — Esc to return to the list</numerusform>
            <numerusform> up to %n results for “{query}” — Esc to return to the list</numerusform>
        </translation>
    </message>
</context>
</TS>
