<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="140"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="141"/>
        <source>Correct %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="111"/>
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
        <location filename="../../ui/ReviewCommands.cpp" line="155"/>
        <source>Mark flag fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="158"/>
        <source>Mark flag as source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="161"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="163"/>
        <source>Reopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="176"/>
        <source>Report %1 has no flag %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewWindow</name>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="82"/>
        <location filename="../../ui/ReviewWindow.cpp" line="625"/>
        <source>Jiaohe — annual report review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="94"/>
        <source>Open a review database with File → Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="114"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="115"/>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="122"/>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="123"/>
        <source>Search name or region (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="128"/>
        <source>Report queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="138"/>
        <source>F8 / Shift+F8: next / previous report with open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="142"/>
        <source>Reviewed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="159"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="165"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="171"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="212"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="213"/>
        <source>&amp;Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="216"/>
        <source>Open &amp;reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="966"/>
        <location filename="../../ui/ReviewWindow.cpp" line="969"/>
        <source>Open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="219"/>
        <source>Open &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="222"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="226"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="229"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="230"/>
        <source>&amp;Find report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="236"/>
        <source>&amp;Next report with open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="239"/>
        <source>&amp;Previous report with open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="251"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="252"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="255"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="261"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="272"/>
        <source>&amp;Confirm field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="277"/>
        <source>C&amp;orrect field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="278"/>
        <source>Mark field as &amp;printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="280"/>
        <source>Field &amp;not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="282"/>
        <source>Mark field &amp;unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="285"/>
        <source>&amp;Accept suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="287"/>
        <source>Flag is a &amp;source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="289"/>
        <source>&amp;Dismiss flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="291"/>
        <source>R&amp;eopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="293"/>
        <source>Report &amp;reviewed, open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="305"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="306"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="354"/>
        <source>Open a report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="386"/>
        <location filename="../../ui/ReviewWindow.cpp" line="516"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="389"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="400"/>
        <location filename="../../ui/ReviewWindow.cpp" line="416"/>
        <location filename="../../ui/ReviewWindow.cpp" line="531"/>
        <source>Select a field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="438"/>
        <source>This flag has no suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="438"/>
        <location filename="../../ui/ReviewWindow.cpp" line="477"/>
        <location filename="../../ui/ReviewWindow.cpp" line="546"/>
        <source>Select a flag first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="455"/>
        <source>No field holds the number this fix is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="462"/>
        <source>Accept suggested fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="489"/>
        <source>Dismissing a flag needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="520"/>
        <source>Saved. No unreviewed report left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="560"/>
        <source>Correct field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="563"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="564"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="570"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="574"/>
        <source>New value for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="585"/>
        <source>Type a number as the report writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="587"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="589"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="605"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="605"/>
        <source>Why is this not a problem?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="655"/>
        <source>%1 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="657"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%n report in %1</numerusform>
            <numerusform>%n reports in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="691"/>
        <location filename="../../ui/ReviewWindow.cpp" line="707"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="715"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1063"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="716"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>%n report imported, %1 failed</numerusform>
            <numerusform>%n reports imported, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="774"/>
        <source>No other report has open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="815"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="816"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="817"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="818"/>
        <source>as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="819"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="825"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="855"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="856"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="857"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="858"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="859"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="860"/>
        <source>Shares total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="861"/>
        <source>Unit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="862"/>
        <source>Restated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="863"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="864"/>
        <source>Missing section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="865"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="866"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="867"/>
        <source>source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="868"/>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="917"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="919"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1: %n field, %2 flag(s)</numerusform>
            <numerusform>%1: %n fields, %2 flag(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="948"/>
        <source>%1 / %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="955"/>
        <location filename="../../ui/ReviewWindow.cpp" line="959"/>
        <source>Open review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="956"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1075"/>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1008"/>
        <source>An import is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1016"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1019"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1029"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1032"/>
        <source>Importing reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1045"/>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1065"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1068"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1071"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1083"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1086"/>
        <source>Open folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1155"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1158"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1159"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1159"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1183"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1212"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1228"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1250"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1185"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1186"/>
        <source>Wide: one row per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1187"/>
        <source>Long: one row per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1188"/>
        <source>Byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1190"/>
        <source>Reviewed reports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1195"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1212"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1217"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1248"/>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1253"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="966"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1083"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1227"/>
        <source>Open a review database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="970"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
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
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="198"/>
        <source>Mark report reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="199"/>
        <source>Mark report in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="200"/>
        <source>Mark report unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="208"/>
        <source>There is no report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
