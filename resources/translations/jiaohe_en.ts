<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="136"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="137"/>
        <source>Correct %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="145"/>
        <source>Report %1 has no field %2</source>
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
        <location filename="../../ui/ReviewCommands.cpp" line="169"/>
        <source>Mark flag fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="172"/>
        <source>Mark flag as source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="175"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="177"/>
        <source>Reopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="190"/>
        <source>Report %1 has no flag %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewWindow</name>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="75"/>
        <location filename="../../ui/ReviewWindow.cpp" line="592"/>
        <source>Jiaohe — annual report review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="83"/>
        <source>Open a review database with File → Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="95"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="96"/>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="103"/>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="104"/>
        <source>Search name or region (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="109"/>
        <source>Report queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="119"/>
        <source>F8 / Shift+F8: next / previous report with open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="123"/>
        <source>Reviewed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="140"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="146"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="152"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="193"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="194"/>
        <source>&amp;Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="196"/>
        <source>&amp;Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="199"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="202"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="203"/>
        <source>&amp;Find report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="209"/>
        <source>&amp;Next report with open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="212"/>
        <source>&amp;Previous report with open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="224"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="225"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="228"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="234"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="245"/>
        <source>&amp;Confirm field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="250"/>
        <source>C&amp;orrect field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="251"/>
        <source>Mark field as &amp;printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="253"/>
        <source>Field &amp;not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="255"/>
        <source>Mark field &amp;unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="258"/>
        <source>&amp;Accept suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="260"/>
        <source>Flag is a &amp;source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="262"/>
        <source>&amp;Dismiss flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="264"/>
        <source>R&amp;eopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="266"/>
        <source>Report &amp;reviewed, open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="321"/>
        <source>Open a report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="353"/>
        <location filename="../../ui/ReviewWindow.cpp" line="483"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="356"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="367"/>
        <location filename="../../ui/ReviewWindow.cpp" line="383"/>
        <location filename="../../ui/ReviewWindow.cpp" line="498"/>
        <source>Select a field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="405"/>
        <source>This flag has no suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="405"/>
        <location filename="../../ui/ReviewWindow.cpp" line="444"/>
        <location filename="../../ui/ReviewWindow.cpp" line="513"/>
        <source>Select a flag first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="422"/>
        <source>No field holds the number this fix is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="429"/>
        <source>Accept suggested fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="456"/>
        <source>Dismissing a flag needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="487"/>
        <source>Saved. No unreviewed report left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="527"/>
        <source>Correct field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="530"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="531"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="537"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="541"/>
        <source>New value for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="552"/>
        <source>Type a number as the report writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="554"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="556"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="572"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="572"/>
        <source>Why is this not a problem?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="622"/>
        <source>%1 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="624"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%n report in %1</numerusform>
            <numerusform>%n reports in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="658"/>
        <location filename="../../ui/ReviewWindow.cpp" line="674"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="682"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="683"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>%n report imported, %1 failed</numerusform>
            <numerusform>%n reports imported, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="741"/>
        <source>No other report has open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="782"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="783"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="784"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="785"/>
        <source>as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="786"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="792"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="822"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="823"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="824"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="825"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="826"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="827"/>
        <source>Shares total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="828"/>
        <source>Unit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="829"/>
        <source>Restated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="830"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="831"/>
        <source>Missing section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="832"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="833"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="834"/>
        <source>source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="835"/>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="884"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="886"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1: %n field, %2 flag(s)</numerusform>
            <numerusform>%1: %n fields, %2 flag(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="915"/>
        <source>%1 / %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="922"/>
        <location filename="../../ui/ReviewWindow.cpp" line="926"/>
        <source>Open review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="923"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="933"/>
        <location filename="../../ui/ReviewWindow.cpp" line="936"/>
        <location filename="../../ui/ReviewWindow.cpp" line="946"/>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="933"/>
        <source>Open a review database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="937"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="947"/>
        <source>Some reports could not be imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="92"/>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="95"/>
        <source>Mark %1 as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="98"/>
        <source>Mark %1 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="100"/>
        <source>Mark %1 unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="112"/>
        <source>Report %1 has no field %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="212"/>
        <source>Mark report reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="213"/>
        <source>Mark report in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="214"/>
        <source>Mark report unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="222"/>
        <source>There is no report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
