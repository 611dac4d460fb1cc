<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jiaohe</name>
    <message>
        <location filename="../../app/check/Rules.cpp" line="73" />
        <source>the rules file must hold one JSON object ({"rules": [...]}), not an array or a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="77" />
        <source>unknown key "%1" at the top level (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="80" />
        <source>"rules" must be a list of rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="84" />
        <source>rule %1 is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="89" />
        <source>rule %1 has unknown key "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="94" />
        <source>rule %1: "%2" must be a word in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="97" />
        <source>rule %1: "enabled" must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="39" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="41" />
        <source>it is not a regular file (a folder, a device, a pipe or a socket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="43" />
        <source>it is %1 bytes; a rules file may have at most %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="50" />
        <source>it grew past the size limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="52" />
        <source>cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="14" />
        <source>About Jiaohe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="35" />
        <source>Reviews government information-disclosure annual reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="36" />
        <source>Copyright 2026 The Jiaohe developers. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="37" />
        <source>Jiaohe is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="40" />
        <source>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="44" />
        <source>Built with Qt (LGPL-3.0), ICU (Unicode licence), Poppler (GPL-2.0-or-later) and qpdf (Apache-2.0).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::AcceptSuggestionCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="205" />
        <source>Accept suggested fix: %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="214" />
        <source>Report %1 has no flag %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="215" />
        <source>Report %1 has no field %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::AssignFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="132" />
        <source>Assign %1 from the text: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ClaimBanner</name>
    <message>
        <location filename="../../ui/panels/ClaimBanner.cpp" line="26" />
        <source>&amp;Take over…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ClaimBanner.cpp" line="28" />
        <source>Claim this report for your review; you are asked why, and the reason is kept in its history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ClaimKeeper</name>
    <message>
        <location filename="../../ui/ClaimKeeper.cpp" line="121" />
        <source>This report cannot be claimed for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ClaimKeeper.cpp" line="160" />
        <source>Open a report first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::Claims</name>
    <message>
        <location filename="../../app/store/Claims.cpp" line="79" />
        <source>in review by %1 since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="84" />
        <source>%1 since %2</source>
        <comment>who is reviewing the report since when, in the queue's Status column</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="118" />
        <source>%1 has been reviewing this report since %2: it is read-only for you unless you take it over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="126" />
        <source>Your database role only reads (jiaohe_reader): you can read this report but not claim it for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="171" />
        <source>the report could not be claimed; try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="203" />
        <source>Say why you take over the report: %1 reads the reason in its history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="210" />
        <source>%1 has been reviewing this report since %2. Only a lead (database role jiaohe_lead) may take over a claim in use; ask one, or wait until the claim expires (%3 minutes without work).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="229" />
        <source>The claim changed while you were taking it over; look again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="261" />
        <source>%1 took over this report at %2; your change was not saved. The report is read-only for you now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="264" />
        <source>%1 took over this report at %2 (%3); your change was not saved. The report is read-only for you now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::CopyCommand</name>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="28" />
        <source>table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="29" />
        <source>source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="30" />
        <source>copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="43" />
        <source>rows differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="43" />
        <source>counts differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="57" />
        <source>The database to copy: a file, or a PostgreSQL server's postgresql:// URI. It is only read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="62" />
        <source>The database to copy into: a new file or an empty database (a server's URI).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="69" />
        <source>name the source with --from and the target with --to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="89" />
        <source>%1 rows in %2 tables copied in %3 s; every table's rows counted and compared value by value: the same in both.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="103" />
        <source>Source error in %1: printed value kept, intended %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="104" />
        <source>Correct %1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="40" />
        <source>Correct field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="43" />
        <source>New value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="44" />
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="50" />
        <source>Source error: the report printed it wrong — keep the printed value, record this one as intended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="54" />
        <source>New value for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="65" />
        <source>Type a number as the report writes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="67" />
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="69" />
        <source>= %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::CsvWriter</name>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="158" />
        <source>it is the review database or one of its journal files; the export would replace it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="164" />
        <source>it is a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="167" />
        <source>it exists and is not a regular file (a device, a pipe or a socket); an export only replaces a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="178" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::Database</name>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="22" />
        <source>%1: the disk is full (%2); nothing was written. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="25" />
        <source>%1: the database is read-only (%2). Check the file's permissions, or copy it to a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="33" />
        <source>%1: the database is locked by another program (%2) and stayed locked for %3 s (%4). Nothing was written. Wait until that program has finished, or close it, and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="37" />
        <source>%1: the database is locked by another program and stayed locked for %2 s (%3). Close the other program and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="125" />
        <location filename="../../app/store/Database.cpp" line="380" />
        <location filename="../../app/store/DatabaseMessages.cpp" line="42" />
        <source>%1: this is not a Jiaohe review database (not an SQLite file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="45" />
        <source>%1: the database is damaged (SQLite: %2). Restore it from a backup; “sqlite3 FILE .recover” may save what is left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="50" />
        <source>%1: the database cannot be opened (%2). Check that the folder exists and can be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="93" />
        <source>%1: this is not a regular file (a device, a pipe or a socket).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="109" />
        <source>no database file was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="92" />
        <source>%1: this is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="121" />
        <location filename="../../app/store/Database.cpp" line="376" />
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="131" />
        <source>%1: the database is read-only. Check the file's permissions, or copy it to a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="137" />
        <source>%1: the folder %2 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="146" />
        <source>the SQLite driver for Qt SQL is missing (install libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="198" />
        <source>the PostgreSQL driver for Qt SQL is missing (install %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="215" />
        <source>%1: this database holds no Jiaohe review of the current version (schema version %2). Open it once with write access (jiaohe import) to create or upgrade it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="260" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="263" />
        <source>%1: this SQLite file is not a Jiaohe review database (it holds another program's tables: %2); it was left untouched. Choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="322" />
        <source>SQLite's quick check stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/store/Database.cpp" line="323" />
        <source>%n problem(s) found by SQLite's quick check</source>
        <translation>
            <numerusform>%n problem found by SQLite's quick check</numerusform>
            <numerusform>%n problems found by SQLite's quick check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="324" />
        <source>%1: the review database is damaged (%2); nothing was written. Make a copy of the file, then run “jiaohe check-db %3” for the full check; restore it from a backup, or try “sqlite3 COPY .recover” on the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="340" />
        <source>%1: the database cannot use write-ahead logging (the journal mode stays “%2”); keep it on a local disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="350" />
        <source>%1: this database was written by a newer Jiaohe (schema version %2); this version reads up to version %3. Update Jiaohe to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="370" />
        <source>%1: no such review database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="408" />
        <source>%1: this database was written by an older Jiaohe (schema version %2). Open it once with write access (jiaohe import, or the window) to upgrade it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="527" />
        <source>%1: an unexpected error interrupted the change; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::DatabaseChecks</name>
    <message>
        <location filename="../../app/store/DatabaseChecks.cpp" line="160" />
        <source>%1: the review database is on a network share (%2). SQLite cannot lock a file there reliably, and two people saving at once can damage it. Keep the database in a local folder and share the exported tables instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::Decision</name>
    <message>
        <location filename="../../app/store/Decision.cpp" line="65" />
        <source>“%1” needs a "field"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="68" />
        <source>“%1” needs a "flag"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="70" />
        <source>“%1” needs a "field" or a "flag"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="72" />
        <source>“%1” is about the whole report: no "field" or "flag"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="75" />
        <source>a note belongs to a field or to the report, not to a flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="84" />
        <source>“correct” needs a "value" (a number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="87" />
        <source>a dismissal needs a "reason"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="90" />
        <source>“note” needs a "note" (the text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="123" />
        <source>not JSON: %1 at character %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="124" />
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="137" />
        <source>"report" is not a SHA-256 (64 hexadecimal digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="138" />
        <source>no "report" (the SHA-256 of the report's file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="144" />
        <source>no "action"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="145" />
        <source>unknown action “%1” (confirm, correct, source_error, not_applicable, accept, dismiss, note, reviewed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="152" />
        <source>a decision is about a "field" or a "flag", not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="158" />
        <source>"value" is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="167" />
        <source>"evidence" is not [start, end] (character positions in the report's text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="176" />
        <source>"at" is not a date and time (ISO 8601)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::DecisionBook</name>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="152" />
        <source>no report in the database has the SHA-256 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="153" />
        <source>no report in the database has the SHA-256 %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="197" />
        <source>the report has no field “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="213" />
        <source>“%1” does not apply to a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="234" />
        <source>the report has no flag “%1” (the id `jiaohe check --json` prints)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="240" />
        <source>the flag's suggested fix is %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="251" />
        <source>“%1” does not apply to a flag</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::DecisionsCommand</name>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="32" />
        <location filename="../../app/cli/DecisionsCommand.cpp" line="72" />
        <source>%1: no such review database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="55" />
        <source>%1 decisions written to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="111" />
        <source>%1 decisions applied, %2 already taken, %3 could not be applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="127" />
        <source>The review database (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="130" />
        <source>The file of decisions to write (export).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="133" />
        <source>What to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="151" />
        <source>give one file of decisions (JSON lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="154" />
        <source>unexpected argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="156" />
        <source>say export or apply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::DismissReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="8" />
        <source>Dismiss flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="8" />
        <source>Why is this not a problem?
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::DocumentLoader</name>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="32" />
        <source>the file is named .pdf but is not a PDF: it does not start with %PDF-</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="72" />
        <source>cannot be opened: the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="77" />
        <source>cannot be opened: it is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="82" />
        <source>cannot be opened: it is not a regular file (a device, a pipe or a socket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="94" />
        <source>permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="96" />
        <source>cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="102" />
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="128" />
        <location filename="../../app/document/DocumentLoader.cpp" line="189" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="201" />
        <source>the page has no text: it holds only markup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="24" />
        <source>the PDF is protected by a password; open it in a PDF reader and save or print it without the password, then read that file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="28" />
        <source>the PDF is damaged or not a PDF: its structure cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="40" />
        <source>no text to read — the pages hold neither text nor images (blank, or the text is drawn as outlines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="121" />
        <source>reading the PDF takes too long: stopped at page %1 of %2 after %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="141" />
        <source>the PDF holds more than %1 million characters of text (at page %2 of %3): too much for one report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="45" />
        <source>no text to read — the page is a scanned image, OCR needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="47" />
        <source>no text to read — scanned pages (none of the %1 pages has text), OCR needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="54" />
        <source>no text to read — scanned pages (%1 of the %2 pages have no text), OCR needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/BadFileRefusals.cpp" line="35" />
        <source>the file is %1 MB, larger than the %2 MB limit for one report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/BadFileRefusals.cpp" line="82" />
        <source>this is not a text file: binary data at byte %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/EncodingDetection.cpp" line="468" />
        <source>the text encoding %1 is not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/EncodingDetection.cpp" line="476" />
        <source>the text is not valid %1: %2 byte sequences cannot be decoded, the first at byte %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/EncodingDetection.cpp" line="483" />
        <source>the file ends in the middle of a character (byte %1 of %2): it may be truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="42" />
        <source>spreadsheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="43" />
        <source>presentations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="44" />
        <source>OFD documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="45" />
        <source>compressed archives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="46" />
        <source>images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="47" />
        <source>programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="48" />
        <source>audio and video files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="54" />
        <source>%1 are not supported (.%2); save the report as text, HTML, PDF or Word (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="68" />
        <source>this is not a text file: it is a ZIP archive or an Office document (.docx, .xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="73" />
        <source>this is not a text file: it is a Word or Excel 97-2003 document (.doc, .xls)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="14" />
        <source>the PDF is damaged or truncated: it does not end with %%EOF (%1 bytes read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfStructure.cpp" line="34" />
        <source>the PDF is damaged: its page tree is nested more than %1 levels deep, or loops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="25" />
        <source>the PDF is damaged: it has no pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="28" />
        <source>the PDF has %1 pages, more than the %2 pages accepted for one report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="41" />
        <source>page %1 of the PDF has an impossible size (%2 × %3 points); the PDF is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/loader/OfficeLoading.cpp" line="25" />
        <source>the document holds no text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/DocxReader.cpp" line="222" />
        <source>the document's XML declares a DTD, which Word never writes: refused as crafted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/DocxReader.cpp" line="237" />
        <source>the document's text (word/document.xml) is damaged at line %2: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/DocxReader.cpp" line="254" />
        <location filename="../../app/document/office/DocxReader.cpp" line="262" />
        <location filename="../../app/document/office/DocxReader.cpp" line="273" />
        <source>the Word document cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/MhtmlReader.cpp" line="202" />
        <source>this is not a web archive (MHTML): it has no MIME header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/MhtmlReader.cpp" line="212" />
        <source>the web archive (MHTML) is damaged: a multipart without its boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/MhtmlReader.cpp" line="220" />
        <source>the web archive (MHTML) holds no web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="22" />
        <source>a .%1 file is read through LibreOffice, which is not installed: open it in Word or WPS and save it as a Word document (.docx) with File &gt; Save As, or install LibreOffice Writer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="58" />
        <source>cannot convert the document: no temporary folder to convert it in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="77" />
        <source>cannot convert the document: LibreOffice (%1) did not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="85" />
        <source>LibreOffice took longer than %1 seconds to convert the document and was stopped; save it as .docx in Word or WPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="96" />
        <source>LibreOffice could not convert the document (it may be damaged, protected by a password or in a form LibreOffice does not know: open it in Word or WPS and save it as .docx): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="100" />
        <source>no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="47" />
        <source>it is not a ZIP archive or the archive is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="72" />
        <source>the archive holds %1 entries, more than the %2 an Office document has</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="82" />
        <source>the archive is crafted: entry %1 has a name no Office program writes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="104" />
        <source>the part %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="110" />
        <source>the part %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="114" />
        <source>the document is protected by a password; save a copy without the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="119" />
        <source>the part %1 inflates to more than %2 MB: not a report, perhaps a ZIP bomb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="130" />
        <source>the part %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="142" />
        <source>the part %1 is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="193" />
        <source>%1 needs a positive whole number, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="294" />
        <source>the PDF reader could not be started (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="305" />
        <source>needs more than %1 GB of memory to read — refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="308" />
        <source>needs more than %1 MB of memory to read — refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="342" />
        <source>takes more than %1 s to read — refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="369" />
        <source>the PDF is damaged: the reader stopped on it (%1) — refused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="30" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="32" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="33" />
        <source>Wide: one row per report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="34" />
        <source>Long: one row per field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="35" />
        <source>Flags: one row per flag, with its decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="39" />
        <source>Column headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="40" />
        <source>Chinese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="41" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="42" />
        <source>Column keys (for scripts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="44" />
        <source>Byte order mark (for Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="46" />
        <source>Reviewed reports only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="51" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="52" />
        <source>Column headers:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="76" />
        <source>Report %1 has no field %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FieldPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="54" />
        <source>Assign to field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="56" />
        <source>Search by name (Chinese or English) or key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="61" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="61" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="85" />
        <source>The selected number becomes the value of:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FieldsModel</name>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="78" />
        <source>unreviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="80" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="82" />
        <source>corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="84" />
        <source>source error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="86" />
        <source>not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="36" />
        <source>(blank) 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="48" />
        <source>Type a number as the report writes it (1.2万, １２３, 一千二百).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="53" />
        <source>“%1” cannot be read as a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="58" />
        <source>“%1” is a percentage, but this field is a count (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="62" />
        <source>“%1” is a count, but this field is a percentage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="66" />
        <source>“%1” is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="70" />
        <source>= %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="119" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="369" />
        <location filename="../../ui/TemplateGridModel.cpp" line="303" />
        <source>Left blank in the report's table: read as 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="370" />
        <location filename="../../ui/TemplateGridModel.cpp" line="304" />
        <source>As printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="374" />
        <source>%1
An open flag points at this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="377" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="402" />
        <source>flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="426" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="428" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="430" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="432" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="479" />
        <source>New value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="480" />
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FieldsPanel</name>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="17" />
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="27" />
        <source>Return: confirm · F2 or type: edit the value · F6: next unreviewed field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="34" />
        <source>Not taken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="114" />
        <source>Every field of this report has been reviewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FindingsActions</name>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="44" />
        <source>Export f&amp;indings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="46" />
        <source>&amp;Print findings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="50" />
        <source>&amp;Self-check a draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="56" />
        <source>Self-check a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="58" />
        <source>Reports (*.docx *.txt *.htm *.html *.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="60" />
        <location filename="../../ui/FindingsActions.cpp" line="122" />
        <location filename="../../ui/FindingsActions.cpp" line="160" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="79" />
        <source>&amp;Overview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="87" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="107" />
        <source>Open a review database first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="114" />
        <source>Export findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="120" />
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/FindingsActions.cpp" line="137" />
        <source>Findings of %n report(s) exported to %1</source>
        <translation>
            <numerusform>Findings of %n report exported to %1</numerusform>
            <numerusform>Findings of %n reports exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="144" />
        <source>Print findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="158" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="175" />
        <source>Findings printed to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FindingsReport</name>
    <message>
        <location filename="../../app/findings/FindingsReport.cpp" line="157" />
        <source>a PDF needs fonts, and fonts a QGuiApplication</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FindingsWorkbook</name>
    <message>
        <location filename="../../app/findings/FindingsWorkbook.cpp" line="434" />
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/findings/FindingsWorkbook.cpp" line="444" />
        <source>the workbook cannot be created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/findings/FindingsWorkbook.cpp" line="466" />
        <source>the workbook cannot be written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FlagDetailPane</name>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="29" />
        <source>Flag detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="31" />
        <source>Select a flag to see its detail and decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="62" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="64" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="65" />
        <source>Value taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="66" />
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="66" />
        <source>Decided at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="69" />
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="69" />
        <source>No longer raised (the number it was about changed); the decision is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="71" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="72" />
        <source>Numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="72" />
        <source>Suggested fix</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FlagsModel</name>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="61" />
        <source>Sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="62" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="63" />
        <source>Shares total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="64" />
        <source>Unit slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="65" />
        <source>Restated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="66" />
        <source>Numbering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="67" />
        <source>Missing section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="68" />
        <source>Across years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="69" />
        <source>Table unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="70" />
        <source>Too many findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="87" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="90" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="93" />
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="106" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="108" />
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="110" />
        <source>source error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="112" />
        <source>dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="121" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="123" />
        <source>Fix accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="125" />
        <source>Source error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="127" />
        <source>Dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="139" />
        <location filename="../../ui/FlagsModel.cpp" line="142" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="294" />
        <source>Ctrl+Shift+A accepts the suggested fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="303" />
        <source>%1
No longer raised by the checks; the decision is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="306" />
        <source>%1
Ctrl+Shift+R: open last year's report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="334" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="336" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="338" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="340" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="342" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="344" />
        <source>Suggested fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="346" />
        <source>Numbers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::FlagsPanel</name>
    <message>
        <location filename="../../ui/panels/FlagsPanel.cpp" line="15" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::HistoryModel</name>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="141" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="142" />
        <source>New version imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="143" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="144" />
        <source>Corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="145" />
        <source>Source error (printed value kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="146" />
        <source>Assigned from the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="147" />
        <source>Put back (undo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="148" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="149" />
        <source>Flag decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="150" />
        <source>Report status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="151" />
        <source>Report note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="152" />
        <source>Review taken over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="166" />
        <source>unreviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="167" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="168" />
        <source>corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="169" />
        <location filename="../../ui/HistoryModel.cpp" line="170" />
        <source>source error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="171" />
        <source>not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="195" />
        <source>Flag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="197" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="199" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="225" />
        <source>replaces report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="285" />
        <source>%1
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="311" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="313" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="315" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="317" />
        <source>Field or flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="319" />
        <source>From → to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="321" />
        <source>Reason or note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::HistoryPanel</name>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="21" />
        <source>&amp;Revert field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="22" />
        <location filename="../../ui/panels/HistoryPanel.cpp" line="105" />
        <source>Revert field to its value before this change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="26" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="91" />
        <source>Select a change of a field's value or status in the history first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="104" />
        <source>Revert %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="120" />
        <source>Report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="120" />
        <source>Report: %1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ImportController</name>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="51" />
        <location filename="../../ui/ImportController.cpp" line="123" />
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="52" />
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>%n report imported, %1 failed</numerusform>
            <numerusform>%n reports imported, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="60" />
        <source>An import is running already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="68" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="71" />
        <source>Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="81" />
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="84" />
        <source>Importing reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="97" />
        <source>Cancelling the import…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="125" />
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="129" />
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="132" />
        <source> (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="136" />
        <source>Import reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="144" />
        <location filename="../../ui/ImportController.cpp" line="148" />
        <source>Open reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="144" />
        <location filename="../../ui/ImportController.cpp" line="158" />
        <source>Open a review database first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="149" />
        <source>Reports (*.txt *.md *.htm *.html *.mht *.mhtml *.pdf *.docx *.doc *.wps);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="158" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="161" />
        <source>Open folder of reports</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ImportService</name>
    <message>
        <location filename="../../app/import/ImportService.cpp" line="230" />
        <source>the database is locked by another program</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/import/ImportService.cpp" line="281" />
        <source>import stopped, %n file(s) not imported: %1</source>
        <translation>
            <numerusform>import stopped, %n file not imported: %1</numerusform>
            <numerusform>import stopped, %n files not imported: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::LockHolder</name>
    <message>
        <location filename="../../app/store/LockHolder.cpp" line="61" />
        <source>process %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/LockHolder.cpp" line="62" />
        <source>%1, process %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="61" />
        <location filename="../../ui/MainWindow.cpp" line="386" />
        <source>Jiaohe — annual report review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="84" />
        <source>Open a review database with File → Open review database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="102" />
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103" />
        <source>Template ta&amp;bles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="122" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="123" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="260" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="261" />
        <source>&amp;New review database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264" />
        <source>&amp;Open review database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266" />
        <source>Recent &amp;databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="269" />
        <source>Open ser&amp;ver…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="273" />
        <source>Open &amp;reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="276" />
        <source>Open &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279" />
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="284" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="287" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="288" />
        <source>&amp;Find report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="291" />
        <source>F&amp;ind in report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="297" />
        <source>Report &amp;history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="309" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="310" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="313" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="321" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="330" />
        <source>&amp;Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="332" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="333" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="337" />
        <source>&amp;About Jiaohe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="391" />
        <source>%1 — Jiaohe</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="393" />
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%n report in %1</numerusform>
            <numerusform>%n reports in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="407" />
        <source>%1 — %2 — Jiaohe</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="408" />
        <source>%1: %n field(s)</source>
        <translation>
            <numerusform>%1: %n field</numerusform>
            <numerusform>%1: %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="409" />
        <source>, %n flag(s)</source>
        <translation>
            <numerusform>, %n flag</numerusform>
            <numerusform>, %n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation type="vanished">
            <numerusform>%1: %n field, %2 flag</numerusform>
            <numerusform>%1: %n fields, %2 flags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="414" />
        <location filename="../../ui/MainWindow.cpp" line="417" />
        <location filename="../../ui/MainWindow.cpp" line="476" />
        <source>Open review database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="415" />
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="427" />
        <source>Open server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="433" />
        <location filename="../../ui/MainWindow.cpp" line="440" />
        <location filename="../../ui/MainWindow.cpp" line="444" />
        <source>New review database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="434" />
        <source>review.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="435" />
        <source>Review databases (*.sqlite *.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="440" />
        <source>Cannot replace %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="482" />
        <source>(none yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="496" />
        <source>Preferences saved. The new language takes effect when Jiaohe is started again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="497" />
        <source>Preferences saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="504" />
        <source>Open a review database first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="505" />
        <location filename="../../ui/MainWindow.cpp" line="516" />
        <location filename="../../ui/MainWindow.cpp" line="525" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="516" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="523" />
        <source>Nothing to export.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="528" />
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::MessageBox</name>
    <message numerus="yes">
        <location filename="../../ui/support/MessageBox.cpp" line="53" />
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/NoteDialog.cpp" line="44" />
        <source>Empty: no note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/NoteDialog.cpp" line="47" />
        <source>Save the note (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::OpenServerDialog</name>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="81" />
        <source>Open server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="86" />
        <source>A team's review database on a PostgreSQL server: its &amp;address, or its parts below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="89" />
        <source>db.example, or a socket folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="92" />
        <source>your database user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="94" />
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="95" />
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="96" />
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="97" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="98" />
        <source>Jiaohe never asks for a password and never keeps one. Put it in the file ~/.pgpass (one line: host:port:database:user:password, readable by you only), or ask your administrator for a service file or peer authentication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="109" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::OverviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="96" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="103" />
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="106" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="108" />
        <source>Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="110" />
        <source>Figure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="120" />
        <source>Click a bar or a point to show those reports in the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="135" />
        <source>Reports by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="137" />
        <source>Open flags by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="140" />
        <source>Bodies with the most open errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="175" />
        <source>%1 across the years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="184" />
        <source>Cross-year flag</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::PaneNavigator</name>
    <message>
        <location filename="../../ui/PaneNavigator.cpp" line="13" />
        <source>Next &amp;pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/PaneNavigator.cpp" line="16" />
        <source>Previous pa&amp;ne</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::PdfPageView</name>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="28" />
        <source>Report pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="240" />
        <source>Page %1 cannot be shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::PdfPagesPanel</name>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="30" />
        <source>Click a box: select its field · Ctrl+click or Alt+click a number: assign it to the selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="34" />
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="51" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="39" />
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="40" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="43" />
        <source>Zoom in (Ctrl+=)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="44" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="46" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="47" />
        <source>Fit the page width (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="180" />
        <source>Reading the pages of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="193" />
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="223" />
        <source>the file has changed since it was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="196" />
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="225" />
        <source>Qt PDF cannot open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="201" />
        <source>The pages of %1 cannot be shown (%2); the text is shown instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="208" />
        <source>%1 was imported by another version of Jiaohe: its pages are shown without the evidence boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="221" />
        <source>the file has been moved or deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="230" />
        <source>The page images of %1 are unavailable (%2): its text and evidence are shown where they stood on the pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="234" />
        <source>Page image unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="264" />
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::Preferences</name>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="34" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="37" />
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="38" />
        <source>As the system (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="44" />
        <source>Reviewer name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="45" />
        <source>Your name, as the audit trail should show it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="48" />
        <source>Claims expire after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="50" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="52" />
        <source>A report you opened for review stays claimed while you work on it; a claim without work for this long counts as free, and others may take the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="54" />
        <source>A new language takes effect when Jiaohe is started again. The reviewer name is written with every decision from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="60" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="61" />
        <source>&amp;Reviewer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="62" />
        <source>&amp;Claims expire after:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::QueuePanel</name>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="23" />
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="24" />
        <source>All reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="30" />
        <source>Search reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="31" />
        <source>Search name or region (Ctrl+Shift+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="36" />
        <source>Report queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="48" />
        <source>F8 / Shift+F8: next / previous open flag, across the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="52" />
        <source>Reviewed reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="59" />
        <source>Filter by open flag kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="60" />
        <source>Any flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="195" />
        <source>%1 / %2 reviewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ReportNoteLabel</name>
    <message>
        <location filename="../../ui/panels/ReportNoteLabel.cpp" line="30" />
        <source>Report note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportNoteLabel.cpp" line="31" />
        <source>Report note (Ctrl+Shift+M to edit):
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ReportPanel</name>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="33" />
        <source>Report text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="36" />
        <source>Click a highlighted number: select its field · Ctrl+click, Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="48" />
        <source>&amp;Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="49" />
        <source>&amp;Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="73" />
        <source>There is no number there to assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="100" />
        <source>Find in report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="101" />
        <source>Find in report (simplified or traditional script)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="107" />
        <source>Previous match (Shift+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="110" />
        <source>Next match (Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="113" />
        <source>Close (Escape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="255" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="256" />
        <source>“%1” is not in this report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="265" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ReportProgress</name>
    <message numerus="yes">
        <location filename="../../ui/ReportProgress.cpp" line="29" />
        <source>%n flag(s) open</source>
        <translation>
            <numerusform>%n flag open</numerusform>
            <numerusform>%n flags open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReportProgress.cpp" line="32" />
        <source>%n field(s) unreviewed</source>
        <translation>
            <numerusform>%n field unreviewed</numerusform>
            <numerusform>%n fields unreviewed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReportProgress.cpp" line="34" />
        <source>, </source>
        <comment>between the parts of what is open</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ReportQueueModel</name>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="128" />
        <source>region unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="133" />
        <source>year unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReportQueueModel.cpp" line="146" />
        <source>%n open flag(s)</source>
        <translation>
            <numerusform>%n open flag</numerusform>
            <numerusform>%n open flags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="162" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="164" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="166" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="168" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="170" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="178" />
        <source>The report's file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="180" />
        <source>The issuing body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="182" />
        <source>The year the statistics cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="184" />
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="186" />
        <source>Open flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="293" />
        <source>unreviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="296" />
        <source>in review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="299" />
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ResolveFlagCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="169" />
        <source>Mark flag fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="171" />
        <source>Mark flag as source error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="173" />
        <source>Dismiss flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="175" />
        <source>Reopen flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="189" />
        <source>Report %1 has no flag %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::RevertToPrintedCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="146" />
        <source>Revert %1 to the value as printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="153" />
        <source>Report %1 has no printed value for %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ReviewActionHandler</name>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="72" />
        <source>&amp;Confirm field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="83" />
        <source>&amp;Edit value in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="85" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="181" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="193" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="234" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="527" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="546" />
        <source>Select a field first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="88" />
        <source>C&amp;orrect field…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="90" />
        <source>&amp;Assign selected number to field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="93" />
        <source>Assign selected number to &amp;another field…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="96" />
        <source>Next &amp;unreviewed field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="98" />
        <source>Previous unreviewed field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="101" />
        <source>Field is a &amp;source error (keep the printed value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="104" />
        <source>Field &amp;not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="107" />
        <source>Mark field &amp;unreviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="110" />
        <source>&amp;Accept suggested fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="113" />
        <source>Flag is a &amp;source error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="116" />
        <source>&amp;Dismiss flag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="118" />
        <source>R&amp;eopen flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="120" />
        <source>Report &amp;reviewed, open next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="124" />
        <source>Note on &amp;field…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="126" />
        <source>Note on repor&amp;t…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="133" />
        <source>&amp;Next open flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="135" />
        <source>&amp;Previous open flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="137" />
        <source>&amp;Related report of the flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="166" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="474" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="560" />
        <source>Open a report first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="203" />
        <source>Report has no field %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="251" />
        <source>Select the field first, then the number in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="258" />
        <source>There is no number there to assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="260" />
        <source>The selection holds more than one number; select just one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="262" />
        <source>%1 is a percentage; the field counts %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="264" />
        <source>%1 is not a percentage; the field is one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="272" />
        <source>Assign a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="273" />
        <source>%1 counts %2; the field counts %3. Assign it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="274" />
        <source>Not assigned: %1 counts %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="305" />
        <source>This flag has no suggested fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="305" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="327" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="347" />
        <source>Select a flag first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="310" />
        <source>No field holds the number this fix is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="479" />
        <source>The report no longer has the field %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="481" />
        <source>Revert %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="485" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="500" />
        <source>%1 is %2 already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="497" />
        <source>%1 cannot be put back to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="504" />
        <source>%1 keeps no corrected value to put back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="516" />
        <source>Saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="549" />
        <source>Note on field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="563" />
        <source>Note on report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="335" />
        <source>Dismissing a flag needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="366" />
        <source>Mark report reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="367" />
        <source>%1 — mark the report reviewed anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="368" />
        <source>Not marked reviewed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="384" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="388" />
        <source>Saved. No unreviewed report left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="454" />
        <source>No other open flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="463" />
        <source>The selected flag does not point at another report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ReviewActions</name>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="89" />
        <source>someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="98" />
        <source>%1 changed this at %2 (now: %3) after you loaded it; your change was not saved, so that nothing of theirs is lost. It has been reloaded: decide again if you still mean to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="101" />
        <source>no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="112" />
        <source>someone else changed this at the same moment; your change was not saved. It has been reloaded: decide again if you still mean to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="148" />
        <location filename="../../app/store/ReviewActions.cpp" line="207" />
        <location filename="../../app/store/ReviewActions.cpp" line="319" />
        <source>report %1 has no field %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="177" />
        <source>“corrected” needs a value: correct the field instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="191" />
        <source>a corrected value is recorded as “corrected” or “as_printed”, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="194" />
        <location filename="../../app/store/ReviewActions.cpp" line="235" />
        <source>the value is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="238" />
        <source>no field is named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="243" />
        <source>the evidence %1–%2 is not inside report %3's text (%4 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="357" />
        <source>dismissing a flag needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="362" />
        <location filename="../../app/store/ReviewActions.cpp" line="383" />
        <location filename="../../app/store/ReviewActions.cpp" line="424" />
        <source>there is no flag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="386" />
        <source>this flag has no suggested fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="391" />
        <source>no field holds the number this fix is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="466" />
        <location filename="../../app/store/ReviewActions.cpp" line="502" />
        <source>there is no report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="472" />
        <source>Only a lead (database role jiaohe_lead) may reopen a reviewed report; ask one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ReviewSession</name>
    <message>
        <location filename="../../ui/ReviewSession.cpp" line="192" />
        <source>no review database is open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::RuleSet</name>
    <message>
        <location filename="../../app/check/Rules.cpp" line="192" />
        <source>rule %1 has unknown severity "%2" (known: error, warning, info)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::SelfCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="28" />
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="42" />
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="52" />
        <source>Save the self-check report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="43" />
        <source>-self-check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="44" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ServerAddress</name>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="48" />
        <source>%1: not a PostgreSQL address (postgresql://…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="60" />
        <source>%1: the parameter “%2” has no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="101" />
        <source>%1: a “;” in the address cannot be passed to the server; use a service file (?service=…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="180" />
        <source>local server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ServerConnection</name>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="65" />
        <source>%1: this database is not a Jiaohe review database (it holds another program's tables: %2); it was left untouched. Name an empty database, or one Jiaohe created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="120" />
        <source>%1: the server asks for a password. Jiaohe does not keep passwords: put it in ~/.pgpass (host:port:database:user:password, mode 0600) or ask the administrator for peer or GSS authentication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="127" />
        <source>%1: the server cannot be reached (%2). Check the address, and that the server is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="131" />
        <source>%1: the server has no such database. Ask the administrator to create it (createdb).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="136" />
        <source>%1: this connection only reads; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="139" />
        <source>%1: your database role may not do this (%2). Ask the administrator for the rights you need in this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="144" />
        <source>%1: another reviewer changed the same rows at the same moment; nothing was written. Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::SetFieldNoteCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="269" />
        <source>Remove note on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="269" />
        <source>Note on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="278" />
        <source>Report %1 has no field %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="58" />
        <source>Confirm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="60" />
        <source>Mark %1 a source error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="62" />
        <source>Mark %1 not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="64" />
        <source>Mark %1 unreviewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::SetReportNoteCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="292" />
        <source>Remove note on report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="292" />
        <source>Note on report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="300" />
        <source>There is no report %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="238" />
        <source>Mark report reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="240" />
        <source>Mark report in review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="242" />
        <source>Mark report unreviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="254" />
        <source>There is no report %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="17" />
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="20" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="21" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="21" />
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::Startup</name>
    <message>
        <location filename="../../ui/support/Startup.cpp" line="39" />
        <source>--db needs a FILE: jiaohe --db FILE [REPORT...]</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::StoreCommands</name>
    <message>
        <location filename="../../app/cli/StoreCommands.cpp" line="190" />
        <source>--headers must be keys, zh or en, not “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::StoreCopy</name>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="130" />
        <source>%1: the source and the target are the same database; nothing was copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="179" />
        <source>%1: the target has no column %2 in the table %3 that the source has; nothing was copied. Use the same version of Jiaohe on both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="224" />
        <source>%1: the copy differs from the source in the table(s) %2; it was rolled back, nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="260" />
        <source>%1: the target already holds a review (%2 reports, %3 rows in all); nothing was copied. Name a new file, or an empty database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::TakeOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/TakeOverDialog.cpp" line="8" />
        <source>Take over the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/TakeOverDialog.cpp" line="9" />
        <source>%1 is reviewing this report. Why do you take it over?
The reason is kept in the report's history.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::TemplateGridModel</name>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="277" />
        <source>blamed by a failing identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="277" />
        <source>in a failing identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="301" />
        <source>Not read from this report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="305" />
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="309" />
        <source>The check of the table's sums points at this cell:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="311" />
        <source>A sum of the table that does not add up includes this cell:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::TemplateGridView</name>
    <message>
        <location filename="../../ui/panels/TemplateGridView.cpp" line="73" />
        <source>Return: confirm · F2 or type: edit the value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jiaohe::TemplateTablesPanel</name>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="19" />
        <source>Template tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="24" />
        <source>This report has no cell of the template's tables 2–4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="31" />
        <source>Table 2 · Proactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="31" />
        <source>Table 2: proactive disclosure of government information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="32" />
        <source>Table 3 · Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="32" />
        <source>Table 3: requests for government information received and handled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="33" />
        <source>Table 4 · Appeals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="33" />
        <source>Table 4: administrative reconsideration and lawsuits over disclosure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="51" />
        <source>Not taken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="117" />
        <source>Select a cell the report has a figure for first</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
