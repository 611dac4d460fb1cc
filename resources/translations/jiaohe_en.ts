<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jiaohe::AssignFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="120"/>
        <source>Assign %1 from the text: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="91"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="92"/>
        <source>Correct %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="64"/>
        <source>Report %1 has no field %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldsModel</name>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="28"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="31"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="34"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="37"/>
        <source>as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="40"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="53"/>
        <source>(blank) 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="65"/>
        <source>Type a number as the report writes it (1.2万, １２３, 一千二百).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="70"/>
        <source>“%1” cannot be read as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="75"/>
        <source>“%1” is a percentage, but this field is a count (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="79"/>
        <source>“%1” is a count, but this field is a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="83"/>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="87"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="134"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="354"/>
        <source>Left blank in the report&apos;s table: read as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="355"/>
        <source>As printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="359"/>
        <source>%1
An open flag points at this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="383"/>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="405"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="407"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="409"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="411"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="458"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="459"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::FlagsModel</name>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="50"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="51"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="52"/>
        <source>Shares total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="53"/>
        <source>Unit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="54"/>
        <source>Restated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="55"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="56"/>
        <source>Missing section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="57"/>
        <source>Across years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="58"/>
        <source>Too many findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="75"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="78"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="81"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="89"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="92"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="95"/>
        <source>source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="98"/>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="236"/>
        <source>Ctrl+Shift+A accepts the suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="242"/>
        <source>%1
Ctrl+Shift+R: open last year&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="268"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="270"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="272"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="274"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="276"/>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="278"/>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::PdfPageView</name>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="27"/>
        <source>Report pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="224"/>
        <source>Page %1 cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::Preferences</name>
    <message>
        <location filename="../../ui/Preferences.cpp" line="56"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="59"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="60"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="66"/>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="67"/>
        <source>Your name, as the audit trail should show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="68"/>
        <source>A new language takes effect when Jiaohe is started again. The reviewer name is written with every decision from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="75"/>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportQueueModel</name>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="119"/>
        <source>region unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="124"/>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReportQueueModel.cpp" line="131"/>
        <source>%n open flag(s)</source>
        <translation>
            <numerusform>%n open flag</numerusform>
            <numerusform>%n open flags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="147"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="149"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="151"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="153"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="155"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="163"/>
        <source>The report&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="165"/>
        <source>The issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="167"/>
        <source>The year the statistics cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="169"/>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="171"/>
        <source>Open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="278"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="281"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="284"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ResolveFlagCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="137"/>
        <source>Mark flag fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="139"/>
        <source>Mark flag as source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="141"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="143"/>
        <source>Reopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="157"/>
        <source>Report %1 has no flag %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewSession</name>
    <message>
        <location filename="../../ui/ReviewSession.cpp" line="107"/>
        <source>no review database is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewWindow</name>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="94"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1083"/>
        <source>Jiaohe — annual report review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="121"/>
        <source>Open a review database with File → Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="141"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="142"/>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="149"/>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="155"/>
        <source>Report queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="169"/>
        <source>Reviewed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="194"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="308"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="341"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="410"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="414"/>
        <source>&amp;Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="421"/>
        <source>Open &amp;reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1566"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1569"/>
        <source>Open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="424"/>
        <source>Open &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="150"/>
        <source>Search name or region (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="205"/>
        <source>Click a box: select its field · Alt+click a number: assign it to the selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="210"/>
        <location filename="../../ui/ReviewWindow.cpp" line="227"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="215"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="216"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="219"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="220"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="222"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="223"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="256"/>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="257"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="265"/>
        <source>Find in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="266"/>
        <source>Find in report (simplified or traditional script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="271"/>
        <source>Previous match (Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="274"/>
        <source>Next match (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="277"/>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="427"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="431"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="434"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="435"/>
        <source>&amp;Find report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="441"/>
        <source>F&amp;ind in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="454"/>
        <source>&amp;Related report of the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="467"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="468"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="471"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="477"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="486"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="497"/>
        <source>&amp;Confirm field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="502"/>
        <source>&amp;Edit value in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="503"/>
        <source>C&amp;orrect field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="505"/>
        <source>&amp;Assign selected number to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="507"/>
        <source>Assign selected number to &amp;another field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="509"/>
        <source>Next &amp;unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="511"/>
        <source>Previous unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="513"/>
        <source>Mark field as &amp;printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="515"/>
        <source>Field &amp;not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="517"/>
        <source>Mark field &amp;unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="520"/>
        <source>&amp;Accept suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="522"/>
        <source>Flag is a &amp;source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="524"/>
        <source>&amp;Dismiss flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="526"/>
        <source>R&amp;eopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="528"/>
        <source>Report &amp;reviewed, open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="540"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="541"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="599"/>
        <source>Open a report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="613"/>
        <location filename="../../ui/ReviewWindow.cpp" line="969"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="616"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="627"/>
        <location filename="../../ui/ReviewWindow.cpp" line="641"/>
        <location filename="../../ui/ReviewWindow.cpp" line="738"/>
        <location filename="../../ui/ReviewWindow.cpp" line="984"/>
        <source>Select a field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="652"/>
        <source>Report has no field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="664"/>
        <source>The selected flag does not point at another report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="694"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="695"/>
        <source>“%1” is not in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="722"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="769"/>
        <source>Every field of this report has been reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="796"/>
        <source>Select the field first, then the number in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="817"/>
        <source>The selection holds more than one number; select just one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="825"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1372"/>
        <source>There is no number there to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="832"/>
        <source>%1 is a percentage; the field counts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="833"/>
        <source>%1 is not a percentage; the field is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="894"/>
        <source>Assign to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="895"/>
        <source>The selected number becomes the value of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="907"/>
        <source>This flag has no suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="907"/>
        <location filename="../../ui/ReviewWindow.cpp" line="934"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1001"/>
        <source>Select a flag first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="914"/>
        <source>No field holds the number this fix is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="919"/>
        <source>Accept suggested fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="944"/>
        <source>Dismissing a flag needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="973"/>
        <source>Saved. No unreviewed report left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1015"/>
        <source>Correct field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1018"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1019"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1025"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1029"/>
        <source>New value for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1040"/>
        <source>Type a number as the report writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1042"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1044"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1060"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1060"/>
        <source>Why is this not a problem?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1111"/>
        <source>%1 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1113"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%n report in %1</numerusform>
            <numerusform>%n reports in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1147"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1163"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1171"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1663"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1172"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>%n report imported, %1 failed</numerusform>
            <numerusform>%n reports imported, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1275"/>
        <source>Reading the pages of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1288"/>
        <source>the file has changed since it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1291"/>
        <source>Qt PDF cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1298"/>
        <source>The pages of %1 cannot be shown (%2); the text is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1305"/>
        <source>%1 was imported by another version of Jiaohe: its pages are shown without the evidence boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1316"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1402"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1419"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1: %n field, %2 flag(s)</numerusform>
            <numerusform>%1: %n fields, %2 flag(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1481"/>
        <source>%1 / %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1488"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1491"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1538"/>
        <source>Open review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1489"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1675"/>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1608"/>
        <source>An import is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="165"/>
        <source>F8 / Shift+F8: next / previous open flag, across the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="176"/>
        <source>Filter by open flag kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="177"/>
        <source>Any flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="197"/>
        <source>Click a highlighted number: select its field · Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="316"/>
        <source>Return: confirm · F2 or type: edit the value · F6: next unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="335"/>
        <source>Not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="411"/>
        <source>&amp;New review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="416"/>
        <source>Recent &amp;databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="449"/>
        <source>&amp;Next open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="452"/>
        <source>&amp;Previous open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1253"/>
        <source>No other open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1497"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1504"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1508"/>
        <source>New review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1498"/>
        <source>review.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1499"/>
        <source>Review databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1504"/>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1544"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1558"/>
        <source>Preferences saved. The new language takes effect when Jiaohe is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1559"/>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1570"/>
        <source>Reports (*.txt *.htm *.html *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1616"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1619"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1629"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1632"/>
        <source>Importing reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1645"/>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1665"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1668"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1671"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1683"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1686"/>
        <source>Open folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1755"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1758"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1759"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1759"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1783"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1812"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1828"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1850"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1785"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1786"/>
        <source>Wide: one row per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1787"/>
        <source>Long: one row per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1788"/>
        <source>Byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1790"/>
        <source>Reviewed reports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1795"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1812"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1817"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1848"/>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1853"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1566"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1683"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1827"/>
        <source>Open a review database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="46"/>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="48"/>
        <source>Mark %1 as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="50"/>
        <source>Mark %1 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="52"/>
        <source>Mark %1 unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="174"/>
        <source>Mark report reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="176"/>
        <source>Mark report in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="178"/>
        <source>Mark report unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="190"/>
        <source>There is no report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
