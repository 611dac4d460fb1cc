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
    <name>jiaohe::CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="39"/>
        <source>Correct field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="42"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="43"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="49"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="53"/>
        <source>New value for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="64"/>
        <source>Type a number as the report writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="66"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="68"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::DismissReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="28"/>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="28"/>
        <source>Why is this not a problem?
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="29"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="31"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="32"/>
        <source>Wide: one row per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="33"/>
        <source>Long: one row per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="34"/>
        <source>Byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="36"/>
        <source>Reviewed reports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="41"/>
        <source>Format:</source>
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
    <name>jiaohe::FieldPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="47"/>
        <source>Assign to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="47"/>
        <source>The selected number becomes the value of:</source>
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
    <name>jiaohe::FieldsPanel</name>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="15"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="23"/>
        <source>Return: confirm · F2 or type: edit the value · F6: next unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="30"/>
        <source>Not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="108"/>
        <source>Every field of this report has been reviewed</source>
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
    <name>jiaohe::FlagsPanel</name>
    <message>
        <location filename="../../ui/panels/FlagsPanel.cpp" line="14"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ImportController</name>
    <message>
        <location filename="../../ui/ImportController.cpp" line="58"/>
        <location filename="../../ui/ImportController.cpp" line="74"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="82"/>
        <location filename="../../ui/ImportController.cpp" line="151"/>
        <source>%n report(s) imported</source>
        <translation type="unfinished">
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="83"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation type="unfinished">
            <numerusform>%n report imported, %1 failed</numerusform>
            <numerusform>%n reports imported, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="91"/>
        <source>An import is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="99"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="102"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="112"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="115"/>
        <source>Importing reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="128"/>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="153"/>
        <source>, %n already present</source>
        <translation type="unfinished">
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="156"/>
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="159"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="163"/>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="171"/>
        <location filename="../../ui/ImportController.cpp" line="174"/>
        <source>Open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="171"/>
        <location filename="../../ui/ImportController.cpp" line="184"/>
        <source>Open a review database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="175"/>
        <source>Reports (*.txt *.htm *.html *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="184"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="187"/>
        <source>Open folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <location filename="../../ui/MainWindow.cpp" line="257"/>
        <source>Jiaohe — annual report review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="55"/>
        <source>Open a review database with File → Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="98"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="98"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="141"/>
        <source>&amp;New review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Open review database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="146"/>
        <source>Recent &amp;databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="151"/>
        <source>Open &amp;reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="154"/>
        <source>Open &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="164"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Find report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168"/>
        <source>F&amp;ind in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="261"/>
        <source>%1 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="263"/>
        <source>%n report(s) in %1</source>
        <translation type="unfinished">
            <numerusform>%n report in %1</numerusform>
            <numerusform>%n reports in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="274"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="275"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation type="unfinished">
            <numerusform>%1: %n field, %2 flag(s)</numerusform>
            <numerusform>%1: %n fields, %2 flag(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="282"/>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <location filename="../../ui/MainWindow.cpp" line="332"/>
        <source>Open review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <location filename="../../ui/MainWindow.cpp" line="298"/>
        <location filename="../../ui/MainWindow.cpp" line="302"/>
        <source>New review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="292"/>
        <source>review.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="293"/>
        <source>Review databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="298"/>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="338"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="352"/>
        <source>Preferences saved. The new language takes effect when Jiaohe is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="353"/>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="360"/>
        <source>Open a review database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="361"/>
        <location filename="../../ui/MainWindow.cpp" line="374"/>
        <location filename="../../ui/MainWindow.cpp" line="384"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="374"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="382"/>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="387"/>
        <source>%n row(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::MessageBox</name>
    <message numerus="yes">
        <location filename="../../ui/support/MessageBox.cpp" line="40"/>
        <source>%n problem(s):</source>
        <translation type="unfinished">
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
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
    <name>jiaohe::PdfPagesPanel</name>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="25"/>
        <source>Click a box: select its field · Alt+click a number: assign it to the selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="29"/>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="46"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="34"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="35"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="38"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="39"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="41"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="42"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="123"/>
        <source>Reading the pages of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="136"/>
        <source>the file has changed since it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="139"/>
        <source>Qt PDF cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="144"/>
        <source>The pages of %1 cannot be shown (%2); the text is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="151"/>
        <source>%1 was imported by another version of Jiaohe: its pages are shown without the evidence boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="162"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::Preferences</name>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="32"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="35"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="36"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="42"/>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="43"/>
        <source>Your name, as the audit trail should show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="44"/>
        <source>A new language takes effect when Jiaohe is started again. The reviewer name is written with every decision from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="50"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="51"/>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::QueuePanel</name>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="22"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="23"/>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="29"/>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="30"/>
        <source>Search name or region (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="35"/>
        <source>Report queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="45"/>
        <source>F8 / Shift+F8: next / previous open flag, across the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="49"/>
        <source>Reviewed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="56"/>
        <source>Filter by open flag kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="57"/>
        <source>Any flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="170"/>
        <source>%1 / %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportPanel</name>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="29"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="32"/>
        <source>Click a highlighted number: select its field · Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="41"/>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="42"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="66"/>
        <source>There is no number there to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="93"/>
        <source>Find in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="94"/>
        <source>Find in report (simplified or traditional script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="99"/>
        <source>Previous match (Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="102"/>
        <source>Next match (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="105"/>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="238"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="239"/>
        <source>“%1” is not in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="248"/>
        <source>%1 of %2</source>
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
    <name>jiaohe::ReviewActionHandler</name>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="65"/>
        <source>&amp;Confirm field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="72"/>
        <source>&amp;Edit value in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="74"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="159"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="171"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="212"/>
        <source>Select a field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="77"/>
        <source>C&amp;orrect field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="79"/>
        <source>&amp;Assign selected number to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="82"/>
        <source>Assign selected number to &amp;another field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="85"/>
        <source>Next &amp;unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="87"/>
        <source>Previous unreviewed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="90"/>
        <source>Mark field as &amp;printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="92"/>
        <source>Field &amp;not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="95"/>
        <source>Mark field &amp;unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="98"/>
        <source>&amp;Accept suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="101"/>
        <source>Flag is a &amp;source error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="104"/>
        <source>&amp;Dismiss flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="106"/>
        <source>R&amp;eopen flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="108"/>
        <source>Report &amp;reviewed, open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="116"/>
        <source>&amp;Next open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="118"/>
        <source>&amp;Previous open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="120"/>
        <source>&amp;Related report of the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="144"/>
        <source>Open a report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="181"/>
        <source>Report has no field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="229"/>
        <source>Select the field first, then the number in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="236"/>
        <source>There is no number there to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="238"/>
        <source>The selection holds more than one number; select just one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="240"/>
        <source>%1 is a percentage; the field counts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="242"/>
        <source>%1 is not a percentage; the field is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="275"/>
        <source>This flag has no suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="275"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="298"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="318"/>
        <source>Select a flag first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="280"/>
        <source>No field holds the number this fix is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="283"/>
        <source>Accept suggested fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="306"/>
        <source>Dismissing a flag needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="348"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="352"/>
        <source>Saved. No unreviewed report left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="399"/>
        <source>No other open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="408"/>
        <source>The selected flag does not point at another report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewSession</name>
    <message>
        <location filename="../../ui/ReviewSession.cpp" line="131"/>
        <source>no review database is open</source>
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
<context>
    <name>jiaohe::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="16"/>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="20"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="20"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
