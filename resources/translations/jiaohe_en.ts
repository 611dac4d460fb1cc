<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jiaohe::AssignFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="155"/>
        <source>Assign %1 from the text: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="127"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="128"/>
        <source>Correct %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="101"/>
        <source>Report %1 has no field %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldsModel</name>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="23"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="26"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="29"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="32"/>
        <source>as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="35"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="57"/>
        <source>Type a number as the report writes it (1.2万, １２３, 一千二百).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="62"/>
        <source>“%1” cannot be read as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="67"/>
        <source>“%1” is a percentage, but this field is a count (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="71"/>
        <source>“%1” is a count, but this field is a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="75"/>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="79"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="98"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="252"/>
        <source>As printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="255"/>
        <source>%1
An open flag points at this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="274"/>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="296"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="298"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="300"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="302"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="347"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="348"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
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
        <location filename="../../ui/ReviewCommands.cpp" line="171"/>
        <source>Mark flag fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="174"/>
        <source>Mark flag as source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="177"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="179"/>
        <source>Reopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="192"/>
        <source>Report %1 has no flag %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewWindow</name>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="88"/>
        <location filename="../../ui/ReviewWindow.cpp" line="916"/>
        <source>Jiaohe — annual report review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="102"/>
        <source>Open a review database with File → Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="122"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="123"/>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="130"/>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="131"/>
        <source>Search name or region (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="136"/>
        <source>Report queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="150"/>
        <source>Reviewed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="175"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="186"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="212"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="213"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="213"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="213"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="213"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="267"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="271"/>
        <source>&amp;Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="278"/>
        <source>Open &amp;reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1319"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1322"/>
        <source>Open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="281"/>
        <source>Open &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="284"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="288"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="291"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="292"/>
        <source>&amp;Find report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="313"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="314"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="317"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="323"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="332"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="343"/>
        <source>&amp;Confirm field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="348"/>
        <source>&amp;Edit value in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="349"/>
        <source>C&amp;orrect field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="351"/>
        <source>&amp;Assign selected number to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="353"/>
        <source>Assign selected number to &amp;another field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="355"/>
        <source>Next &amp;unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="357"/>
        <source>Previous unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="359"/>
        <source>Mark field as &amp;printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="361"/>
        <source>Field &amp;not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="363"/>
        <source>Mark field &amp;unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="366"/>
        <source>&amp;Accept suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="368"/>
        <source>Flag is a &amp;source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="370"/>
        <source>&amp;Dismiss flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="372"/>
        <source>R&amp;eopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="374"/>
        <source>Report &amp;reviewed, open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="386"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="387"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="431"/>
        <source>Open a report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="463"/>
        <location filename="../../ui/ReviewWindow.cpp" line="794"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="466"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="477"/>
        <location filename="../../ui/ReviewWindow.cpp" line="493"/>
        <location filename="../../ui/ReviewWindow.cpp" line="536"/>
        <location filename="../../ui/ReviewWindow.cpp" line="809"/>
        <source>Select a field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="514"/>
        <source>Report has no field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="567"/>
        <source>Every field of this report has been reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="594"/>
        <source>Select the field first, then the number in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="615"/>
        <source>The selection holds more than one number; select just one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="623"/>
        <source>There is no number there to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="630"/>
        <source>%1 is a percentage; the field counts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="631"/>
        <source>%1 is not a percentage; the field is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="692"/>
        <source>Assign to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="693"/>
        <source>The selected number becomes the value of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="716"/>
        <source>This flag has no suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="716"/>
        <location filename="../../ui/ReviewWindow.cpp" line="755"/>
        <location filename="../../ui/ReviewWindow.cpp" line="826"/>
        <source>Select a flag first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="733"/>
        <source>No field holds the number this fix is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="740"/>
        <source>Accept suggested fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="767"/>
        <source>Dismissing a flag needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="798"/>
        <source>Saved. No unreviewed report left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="840"/>
        <source>Correct field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="843"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="844"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="850"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="854"/>
        <source>New value for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="865"/>
        <source>Type a number as the report writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="867"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="869"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="885"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="885"/>
        <source>Why is this not a problem?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="950"/>
        <source>%1 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="952"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%n report in %1</numerusform>
            <numerusform>%n reports in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="986"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1002"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1010"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1416"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1011"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>%n report imported, %1 failed</numerusform>
            <numerusform>%n reports imported, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1146"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1147"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1148"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="891"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="892"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="893"/>
        <source>Shares total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="894"/>
        <source>Unit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="895"/>
        <source>Restated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="896"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="897"/>
        <source>Missing section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1151"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1152"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1153"/>
        <source>source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1154"/>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1204"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1206"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1: %n field, %2 flag(s)</numerusform>
            <numerusform>%1: %n fields, %2 flag(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1233"/>
        <source>%1 / %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1240"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1243"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1290"/>
        <source>Open review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1241"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1428"/>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1361"/>
        <source>An import is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="146"/>
        <source>F8 / Shift+F8: next / previous open flag, across the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="157"/>
        <source>Filter by open flag kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="158"/>
        <source>Any flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="178"/>
        <source>Click a highlighted number: select its field · Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="194"/>
        <source>Return: confirm · F2 or type: edit the value · F6: next unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="207"/>
        <source>Not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="268"/>
        <source>&amp;New review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="273"/>
        <source>Recent &amp;databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="298"/>
        <source>&amp;Next open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="301"/>
        <source>&amp;Previous open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1095"/>
        <source>No other open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1249"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1256"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1260"/>
        <source>New review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1250"/>
        <source>review.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1251"/>
        <source>Review databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1256"/>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1296"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1311"/>
        <source>Preferences saved. The new language takes effect when Jiaohe is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1312"/>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1369"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1372"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1382"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1385"/>
        <source>Importing reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1398"/>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1418"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1421"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1424"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1436"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1439"/>
        <source>Open folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1508"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1511"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1512"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1512"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1536"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1565"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1581"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1603"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1538"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1539"/>
        <source>Wide: one row per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1540"/>
        <source>Long: one row per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1541"/>
        <source>Byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1543"/>
        <source>Reviewed reports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1548"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1565"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1570"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1601"/>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1606"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1319"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1436"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1580"/>
        <source>Open a review database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1323"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="82"/>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="85"/>
        <source>Mark %1 as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="88"/>
        <source>Mark %1 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="90"/>
        <source>Mark %1 unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="214"/>
        <source>Mark report reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="215"/>
        <source>Mark report in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="216"/>
        <source>Mark report unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="224"/>
        <source>There is no report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
