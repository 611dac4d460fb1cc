<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jiaohe</name>
    <message>
        <location filename="../../app/check/Rules.cpp" line="73" />
        <source>the rules file must hold one JSON object ({"rules": [...]}), not an array or a value</source>
        <translation>规则文件必须是一个 JSON 对象（{"rules": [...]}），不能是数组或单个值</translation>
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="77" />
        <source>unknown key "%1" at the top level (known: %2)</source>
        <translation>顶层含有未知键“%1”（可用键：%2）</translation>
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="80" />
        <source>"rules" must be a list of rules</source>
        <translation>“rules”必须是规则列表</translation>
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="84" />
        <source>rule %1 is not a JSON object</source>
        <translation>第 %1 条规则不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="89" />
        <source>rule %1 has unknown key "%2"</source>
        <translation>规则 %1 含有未知键“%2”</translation>
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="94" />
        <source>rule %1: "%2" must be a word in quotes</source>
        <translation>规则 %1：“%2”必须是带引号的文字</translation>
    </message>
    <message>
        <location filename="../../app/check/Rules.cpp" line="97" />
        <source>rule %1: "enabled" must be true or false</source>
        <translation>规则 %1：“enabled”只能为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="39" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="41" />
        <source>it is not a regular file (a folder, a device, a pipe or a socket)</source>
        <translation>该路径不是普通文件（文件夹、设备、管道或套接字）</translation>
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="43" />
        <source>it is %1 bytes; a rules file may have at most %2</source>
        <translation>该文件大小为 %1 字节，规则文件最大不得超过 %2 字节</translation>
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="50" />
        <source>it grew past the size limit</source>
        <translation>读取时文件大小超过上限</translation>
    </message>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="52" />
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
</context>
<context>
    <name>jiaohe::AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="14" />
        <source>About Jiaohe</source>
        <translation>关于校核</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="35" />
        <source>Reviews government information-disclosure annual reports.</source>
        <translation>校核政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="36" />
        <source>Copyright 2026 The Jiaohe developers. %1</source>
        <translation>版权所有 2026 校核开发者。%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="37" />
        <source>Jiaohe is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>校核是自由软件：您可以依据自由软件基金会发布的 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款，再分发和/或修改本软件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="40" />
        <source>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: %1</source>
        <translation>发布本软件是希望它能有所用处，但不提供任何担保，亦不包括对适销性或特定用途适用性的默示担保。详情请参阅 GNU 通用公共许可证：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/AboutDialog.cpp" line="44" />
        <source>Built with Qt (LGPL-3.0), ICU (Unicode licence), Poppler (GPL-2.0-or-later) and qpdf (Apache-2.0).</source>
        <translation>使用 Qt（LGPL-3.0）、ICU（Unicode 许可证）、Poppler（GPL-2.0-or-later）和 qpdf（Apache-2.0）构建。</translation>
    </message>
</context>
<context>
    <name>jiaohe::AcceptSuggestionCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="205" />
        <source>Accept suggested fix: %1 to %2</source>
        <translation>采纳建议修正：%1 改为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="214" />
        <source>Report %1 has no flag %2</source>
        <translation>报告 %1 中没有提示 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="215" />
        <source>Report %1 has no field %2</source>
        <translation>报告 %1 中没有字段 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::AssignFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="132" />
        <source>Assign %1 from the text: %2</source>
        <translation>从原文指定 %1:%2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ClaimBanner</name>
    <message>
        <location filename="../../ui/panels/ClaimBanner.cpp" line="26" />
        <source>&amp;Take over…</source>
        <translation>接管(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ClaimBanner.cpp" line="28" />
        <source>Claim this report for your review; you are asked why, and the reason is kept in its history</source>
        <translation>由您认领本报告进行审核；需填写原因，原因将记入审核历史</translation>
    </message>
</context>
<context>
    <name>jiaohe::ClaimKeeper</name>
    <message>
        <location filename="../../ui/ClaimKeeper.cpp" line="121" />
        <source>This report cannot be claimed for review.</source>
        <translation>无法认领本报告进行审核。</translation>
    </message>
    <message>
        <location filename="../../ui/ClaimKeeper.cpp" line="160" />
        <source>Open a report first</source>
        <translation>请先打开一份报告</translation>
    </message>
</context>
<context>
    <name>jiaohe::Claims</name>
    <message>
        <location filename="../../app/store/Claims.cpp" line="79" />
        <source>in review by %1 since %2</source>
        <translation>%1 审核中（%2 起）</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="84" />
        <source>%1 since %2</source>
        <comment>who is reviewing the report since when, in the queue's Status column</comment>
        <translation>%1 审核中（%2 起）</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="118" />
        <source>%1 has been reviewing this report since %2: it is read-only for you unless you take it over.</source>
        <translation>%1 自 %2 起正在审核本报告：您只能查看，如需修改请先接管。</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="126" />
        <source>Your database role only reads (jiaohe_reader): you can read this report but not claim it for review.</source>
        <translation>您的数据库角色仅可查看（jiaohe_reader）：可以阅读本报告，但不能认领审核。</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="171" />
        <source>the report could not be claimed; try again</source>
        <translation>未能认领该报告，请重试</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="203" />
        <source>Say why you take over the report: %1 reads the reason in its history.</source>
        <translation>请说明接管该报告的原因：%1 将在审核历史中看到此原因。</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="210" />
        <source>%1 has been reviewing this report since %2. Only a lead (database role jiaohe_lead) may take over a claim in use; ask one, or wait until the claim expires (%3 minutes without work).</source>
        <translation>%1 自 %2 起正在审核本报告。仅负责人（数据库角色 jiaohe_lead）可以接管正在使用的认领；请联系负责人，或等待认领过期（%3 分钟无操作即过期）。</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="229" />
        <source>The claim changed while you were taking it over; look again.</source>
        <translation>接管过程中认领已发生变化，请重新查看。</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="261" />
        <source>%1 took over this report at %2; your change was not saved. The report is read-only for you now.</source>
        <translation>%1 已于 %2 接管本报告，您的修改未保存。本报告现对您只读。</translation>
    </message>
    <message>
        <location filename="../../app/store/Claims.cpp" line="264" />
        <source>%1 took over this report at %2 (%3); your change was not saved. The report is read-only for you now.</source>
        <translation>%1 已于 %2 接管本报告（%3），您的修改未保存。本报告现对您只读。</translation>
    </message>
</context>
<context>
    <name>jiaohe::CopyCommand</name>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="28" />
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="29" />
        <source>source</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="30" />
        <source>copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="43" />
        <source>rows differ</source>
        <translation>行内容不一致</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="43" />
        <source>counts differ</source>
        <translation>行数不一致</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="57" />
        <source>The database to copy: a file, or a PostgreSQL server's postgresql:// URI. It is only read.</source>
        <translation>要复制的数据库：文件，或 PostgreSQL 服务器的 postgresql:// 地址。只读取，不改动。</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="62" />
        <source>The database to copy into: a new file or an empty database (a server's URI).</source>
        <translation>复制到的数据库：新文件，或空数据库（服务器地址）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="69" />
        <source>name the source with --from and the target with --to</source>
        <translation>请用 --from 指定源数据库，用 --to 指定目标数据库</translation>
    </message>
    <message>
        <location filename="../../app/cli/CopyCommand.cpp" line="89" />
        <source>%1 rows in %2 tables copied in %3 s; every table's rows counted and compared value by value: the same in both.</source>
        <translation>已复制 %2 张表共 %1 行，用时 %3 秒；各表行数已清点、逐值比对：两端一致。</translation>
    </message>
</context>
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <source>Keep %1 as printed, intended %2</source>
        <translation type="vanished">%1 按原文保留,应为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="103" />
        <source>Source error in %1: printed value kept, intended %2</source>
        <translation>%1 原文有误：保留原文数值，应为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="104" />
        <source>Correct %1 to %2</source>
        <translation>将 %1 更正为 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="40" />
        <source>Correct field</source>
        <translation>更正字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="43" />
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="44" />
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
    <message>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation type="vanished">报告本身有误:保留原文数值(按原文)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="50" />
        <source>Source error: the report printed it wrong — keep the printed value, record this one as intended</source>
        <translation>原文有误：报告印错了——保留原文数值，将此值记为应填数值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="54" />
        <source>New value for %1:</source>
        <translation>%1 的新数值:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="65" />
        <source>Type a number as the report writes it.</source>
        <translation>按报告的写法输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="67" />
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation>不是数字:无法将“%1”读作数量。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="69" />
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::CsvWriter</name>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="158" />
        <source>it is the review database or one of its journal files; the export would replace it. Choose another file name.</source>
        <translation>该文件是审核数据库或其日志文件，导出将覆盖该文件。请另选文件名。</translation>
    </message>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="164" />
        <source>it is a folder</source>
        <translation>该路径是文件夹</translation>
    </message>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="167" />
        <source>it exists and is not a regular file (a device, a pipe or a socket); an export only replaces a regular file</source>
        <translation>该路径已存在且不是普通文件（设备、管道或套接字）；导出只能覆盖普通文件</translation>
    </message>
    <message>
        <location filename="../../app/store/CsvWriter.cpp" line="178" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>jiaohe::Database</name>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="22" />
        <source>%1: the disk is full (%2); nothing was written. Free some space and try again.</source>
        <translation>%1：磁盘已满（%2），未写入任何内容。请清理出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="25" />
        <source>%1: the database is read-only (%2). Check the file's permissions, or copy it to a folder you can write to.</source>
        <translation>%1：数据库为只读（%2）。请检查文件权限，或将其复制到有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="33" />
        <source>%1: the database is locked by another program (%2) and stayed locked for %3 s (%4). Nothing was written. Wait until that program has finished, or close it, and try again.</source>
        <translation>%1：数据库被其他程序（%2）锁定，已等待 %3 秒（%4），未写入任何内容。请等该程序完成或将其关闭后重试。</translation>
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="37" />
        <source>%1: the database is locked by another program and stayed locked for %2 s (%3). Close the other program and try again.</source>
        <translation>%1：数据库被其他程序锁定，等待 %2 秒后仍未解除（%3）。请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="125" />
        <location filename="../../app/store/Database.cpp" line="380" />
        <location filename="../../app/store/DatabaseMessages.cpp" line="42" />
        <source>%1: this is not a Jiaohe review database (not an SQLite file).</source>
        <translation>%1：这不是校核审核数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="45" />
        <source>%1: the database is damaged (SQLite: %2). Restore it from a backup; “sqlite3 FILE .recover” may save what is left.</source>
        <translation>%1：数据库已损坏（SQLite：%2）。请从备份恢复；“sqlite3 文件 .recover”或可挽回剩余数据。</translation>
    </message>
    <message>
        <location filename="../../app/store/DatabaseMessages.cpp" line="50" />
        <source>%1: the database cannot be opened (%2). Check that the folder exists and can be written.</source>
        <translation>%1：无法打开数据库（%2）。请确认文件夹存在且可写入。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="93" />
        <source>%1: this is not a regular file (a device, a pipe or a socket).</source>
        <translation>%1：这不是普通文件（而是设备、管道或套接字）。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="109" />
        <source>no database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="92" />
        <source>%1: this is a folder, not a database file.</source>
        <translation>%1：这是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>%1: this is not a regular file (a device, a pipe or a socket), not a database file.</source>
        <translation type="vanished">%1：这不是普通文件（而是设备、管道或套接字），不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="121" />
        <location filename="../../app/store/Database.cpp" line="376" />
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="131" />
        <source>%1: the database is read-only. Check the file's permissions, or copy it to a folder you can write to.</source>
        <translation>%1：数据库为只读。请检查文件权限，或将其复制到有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="137" />
        <source>%1: the folder %2 cannot be created.</source>
        <translation>%1：无法创建文件夹 %2。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="146" />
        <source>the SQLite driver for Qt SQL is missing (install libqt6sql6-sqlite).</source>
        <translation>缺少 Qt SQL 的 SQLite 驱动（请安装 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="198" />
        <source>the PostgreSQL driver for Qt SQL is missing (install %1).</source>
        <translation>缺少 Qt SQL 的 PostgreSQL 驱动（请安装 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="215" />
        <source>%1: this database holds no Jiaohe review of the current version (schema version %2). Open it once with write access (jiaohe import) to create or upgrade it.</source>
        <translation>%1：该数据库中没有当前版本的校核数据（结构版本 %2）。请以可写方式打开一次（jiaohe import），以创建或升级数据库。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="260" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="263" />
        <source>%1: this SQLite file is not a Jiaohe review database (it holds another program's tables: %2); it was left untouched. Choose another file.</source>
        <translation>%1：该 SQLite 文件不是校核审核数据库（其中是其他程序的数据表：%2），未作任何改动。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="322" />
        <source>SQLite's quick check stopped: %1</source>
        <translation>SQLite 快速检查中止：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/Database.cpp" line="323" />
        <source>%n problem(s) found by SQLite's quick check</source>
        <translation>
            <numerusform>SQLite 快速检查发现 %n 处问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="324" />
        <source>%1: the review database is damaged (%2); nothing was written. Make a copy of the file, then run “jiaohe check-db %3” for the full check; restore it from a backup, or try “sqlite3 COPY .recover” on the copy.</source>
        <translation>%1：审核数据库已损坏（%2），未写入任何内容。请先复制该文件，再运行“jiaohe check-db %3”进行完整检查；请从备份中恢复，或对副本尝试“sqlite3 副本 .recover”。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="340" />
        <source>%1: the database cannot use write-ahead logging (the journal mode stays “%2”); keep it on a local disk.</source>
        <translation>%1：数据库无法使用预写日志（日志模式仍为“%2”），请将其存放在本地磁盘上。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="350" />
        <source>%1: this database was written by a newer Jiaohe (schema version %2); this version reads up to version %3. Update Jiaohe to open it.</source>
        <translation>%1：该数据库由更新版本的校核写入（结构版本 %2），本版本最高只能读取版本 %3。请升级校核后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="370" />
        <source>%1: no such review database.</source>
        <translation>%1：审核数据库不存在。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="408" />
        <source>%1: this database was written by an older Jiaohe (schema version %2). Open it once with write access (jiaohe import, or the window) to upgrade it.</source>
        <translation>%1：该数据库由旧版本的校核写入（结构版本 %2）。请以可写方式打开一次（运行 jiaohe import 或在窗口中打开）以完成升级。</translation>
    </message>
    <message>
        <location filename="../../app/store/Database.cpp" line="527" />
        <source>%1: an unexpected error interrupted the change; nothing was written.</source>
        <translation>%1：发生意外错误，修改已中断，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>jiaohe::DatabaseChecks</name>
    <message>
        <location filename="../../app/store/DatabaseChecks.cpp" line="160" />
        <source>%1: the review database is on a network share (%2). SQLite cannot lock a file there reliably, and two people saving at once can damage it. Keep the database in a local folder and share the exported tables instead.</source>
        <translation>%1：审核数据库位于网络共享（%2）上。SQLite 在网络共享上无法可靠地锁定文件，两人同时保存可能损坏数据库。请将数据库存放在本地文件夹中，改为共享导出的表格。</translation>
    </message>
</context>
<context>
    <name>jiaohe::Decision</name>
    <message>
        <location filename="../../app/store/Decision.cpp" line="65" />
        <source>“%1” needs a "field"</source>
        <translation>“%1”须指明 "field"（字段）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="68" />
        <source>“%1” needs a "flag"</source>
        <translation>“%1”须指明 "flag"（提示）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="70" />
        <source>“%1” needs a "field" or a "flag"</source>
        <translation>“%1”须指明 "field"（字段）或 "flag"（提示）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="72" />
        <source>“%1” is about the whole report: no "field" or "flag"</source>
        <translation>“%1”针对整份报告，不能指明 "field" 或 "flag"</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="75" />
        <source>a note belongs to a field or to the report, not to a flag</source>
        <translation>备注只能加在字段或报告上，不能加在提示上</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="84" />
        <source>“correct” needs a "value" (a number)</source>
        <translation>“correct”须填写 "value"（数值）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="87" />
        <source>a dismissal needs a "reason"</source>
        <translation>忽略提示须填写 "reason"（理由）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="90" />
        <source>“note” needs a "note" (the text)</source>
        <translation>“note”须填写 "note"（备注内容）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="123" />
        <source>not JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处%1</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="124" />
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="137" />
        <source>"report" is not a SHA-256 (64 hexadecimal digits)</source>
        <translation>"report" 不是 SHA-256 值（应为 64 位十六进制数字）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="138" />
        <source>no "report" (the SHA-256 of the report's file)</source>
        <translation>缺少 "report"（报告文件的 SHA-256 值）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="144" />
        <source>no "action"</source>
        <translation>缺少 "action"（操作）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="145" />
        <source>unknown action “%1” (confirm, correct, source_error, not_applicable, accept, dismiss, note, reviewed)</source>
        <translation>未知操作“%1”（可用：confirm、correct、source_error、not_applicable、accept、dismiss、note、reviewed）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="152" />
        <source>a decision is about a "field" or a "flag", not both</source>
        <translation>一条决定只能针对 "field"（字段）或 "flag"（提示）之一，不能同时指明</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="158" />
        <source>"value" is not a number</source>
        <translation>"value" 不是数字</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="167" />
        <source>"evidence" is not [start, end] (character positions in the report's text)</source>
        <translation>"evidence" 应为 [起始, 结束]（报告正文中的字符位置）</translation>
    </message>
    <message>
        <location filename="../../app/store/Decision.cpp" line="176" />
        <source>"at" is not a date and time (ISO 8601)</source>
        <translation>"at" 不是有效的日期时间（ISO 8601 格式）</translation>
    </message>
</context>
<context>
    <name>jiaohe::DecisionBook</name>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="152" />
        <source>no report in the database has the SHA-256 %1</source>
        <translation>数据库中没有 SHA-256 值为 %1 的报告</translation>
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="153" />
        <source>no report in the database has the SHA-256 %1 (%2)</source>
        <translation>数据库中没有 SHA-256 值为 %1 的报告（%2）</translation>
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="197" />
        <source>the report has no field “%1”</source>
        <translation>该报告没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="213" />
        <source>“%1” does not apply to a field</source>
        <translation>“%1”不适用于字段</translation>
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="234" />
        <source>the report has no flag “%1” (the id `jiaohe check --json` prints)</source>
        <translation>该报告没有编号为“%1”的提示（即 `jiaohe check --json` 输出的 id）</translation>
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="240" />
        <source>the flag's suggested fix is %1, not %2</source>
        <translation>该提示的建议修正值为 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../app/store/DecisionBook.cpp" line="251" />
        <source>“%1” does not apply to a flag</source>
        <translation>“%1”不适用于提示</translation>
    </message>
</context>
<context>
    <name>jiaohe::DecisionsCommand</name>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="32" />
        <location filename="../../app/cli/DecisionsCommand.cpp" line="72" />
        <source>%1: no such review database</source>
        <translation>%1：审核数据库不存在</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="55" />
        <source>%1 decisions written to %2</source>
        <translation>已将 %1 条审核决定写入 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="111" />
        <source>%1 decisions applied, %2 already taken, %3 could not be applied</source>
        <translation>已执行 %1 条审核决定，%2 条此前已执行，%3 条无法执行</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="127" />
        <source>The review database (default: %1).</source>
        <translation>审核数据库（默认：%1）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="130" />
        <source>The file of decisions to write (export).</source>
        <translation>要写入的审核决定文件（导出时使用）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="133" />
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="151" />
        <source>give one file of decisions (JSON lines)</source>
        <translation>请指定一个审核决定文件（JSON Lines 格式）</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="154" />
        <source>unexpected argument</source>
        <translation>多余的参数</translation>
    </message>
    <message>
        <location filename="../../app/cli/DecisionsCommand.cpp" line="156" />
        <source>say export or apply</source>
        <translation>请指定 export（导出）或 apply（执行）</translation>
    </message>
</context>
<context>
    <name>jiaohe::DismissReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="8" />
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="8" />
        <source>Why is this not a problem?
%1</source>
        <translation>为什么这不是问题?
%1</translation>
    </message>
</context>
<context>
    <name>jiaohe::DocumentLoader</name>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="32" />
        <source>the file is named .pdf but is not a PDF: it does not start with %PDF-</source>
        <translation>文件扩展名为 .pdf，但不是 PDF 文件：开头不是 %PDF-</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="72" />
        <source>cannot be opened: the file does not exist</source>
        <translation>无法打开：文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="77" />
        <source>cannot be opened: it is a folder, not a file</source>
        <translation>无法打开：这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="82" />
        <source>cannot be opened: it is not a regular file (a device, a pipe or a socket)</source>
        <translation>无法打开：不是普通文件（是设备、管道或套接字）</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="94" />
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="96" />
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="102" />
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="128" />
        <location filename="../../app/document/DocumentLoader.cpp" line="189" />
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../app/document/DocumentLoader.cpp" line="201" />
        <source>the page has no text: it holds only markup</source>
        <translation>网页中没有正文：只有标记代码</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="24" />
        <source>the PDF is protected by a password; open it in a PDF reader and save or print it without the password, then read that file</source>
        <translation>该 PDF 设有密码保护；请在 PDF 阅读器中打开，另存或打印为无密码的文件后再读取</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a security scheme that cannot be opened; save or print it without protection, then read that file</source>
        <translation type="vanished">该 PDF 采用了无法打开的加密方式；请另存或打印为无保护的文件后再读取</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated: its data ends before the document does</source>
        <translation type="vanished">PDF 已损坏或不完整：数据在文档结束前中断</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="28" />
        <source>the PDF is damaged or not a PDF: its structure cannot be read</source>
        <translation>PDF 已损坏或不是 PDF：无法读取其结构</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="40" />
        <source>no text to read — the pages hold neither text nor images (blank, or the text is drawn as outlines)</source>
        <translation>没有可读取的文字——页面既无文字也无图像（空白页，或文字已转为轮廓）</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="121" />
        <source>reading the PDF takes too long: stopped at page %1 of %2 after %3 s</source>
        <translation>读取 PDF 耗时过长：%3 秒后停在第 %1 页（共 %2 页）</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="141" />
        <source>the PDF holds more than %1 million characters of text (at page %2 of %3): too much for one report</source>
        <translation>PDF 文字超过 %1 百万字（第 %2 页，共 %3 页）：超出一份报告的合理篇幅</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="45" />
        <source>no text to read — the page is a scanned image, OCR needed</source>
        <translation>没有可读取的文字——该页为扫描图片，需要先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="47" />
        <source>no text to read — scanned pages (none of the %1 pages has text), OCR needed</source>
        <translation>没有可读取的文字——扫描件（%1 页均无文字），需要先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../app/document/PdfText.cpp" line="54" />
        <source>no text to read — scanned pages (%1 of the %2 pages have no text), OCR needed</source>
        <translation>没有可读取的文字——扫描件（%2 页中有 %1 页没有文字），需要先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/BadFileRefusals.cpp" line="35" />
        <source>the file is %1 MB, larger than the %2 MB limit for one report</source>
        <translation>文件大小为 %1 MB，超过单份报告 %2 MB 的上限</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/BadFileRefusals.cpp" line="82" />
        <source>this is not a text file: binary data at byte %1</source>
        <translation>这不是文本文件：第 %1 字节处为二进制数据</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/EncodingDetection.cpp" line="468" />
        <source>the text encoding %1 is not known</source>
        <translation>无法识别的文本编码 %1</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/EncodingDetection.cpp" line="476" />
        <source>the text is not valid %1: %2 byte sequences cannot be decoded, the first at byte %3</source>
        <translation>文本不是有效的 %1 编码：有 %2 处字节无法解码，第一处在第 %3 字节</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/EncodingDetection.cpp" line="483" />
        <source>the file ends in the middle of a character (byte %1 of %2): it may be truncated</source>
        <translation>文件在一个字符中间结束（第 %1 字节，共 %2 字节）：文件可能不完整</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="42" />
        <source>spreadsheets</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="43" />
        <source>presentations</source>
        <translation>演示文稿</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="44" />
        <source>OFD documents</source>
        <translation>OFD 版式文件</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="45" />
        <source>compressed archives</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="46" />
        <source>images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="47" />
        <source>programs</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="48" />
        <source>audio and video files</source>
        <translation>音视频文件</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="54" />
        <source>%1 are not supported (.%2); save the report as text, HTML, PDF or Word (.docx)</source>
        <translation>不支持读取%1（.%2），请将报告另存为文本、网页、PDF 或 Word（.docx）格式</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="68" />
        <source>this is not a text file: it is a ZIP archive or an Office document (.docx, .xlsx)</source>
        <translation>这不是文本文件：是 ZIP 压缩包或 Office 文档（.docx、.xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/FormatSniffing.cpp" line="73" />
        <source>this is not a text file: it is a Word or Excel 97-2003 document (.doc, .xls)</source>
        <translation>这不是文本文件：是 Word 或 Excel 97-2003 文档（.doc、.xls）</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="14" />
        <source>the PDF is damaged or truncated: it does not end with %%EOF (%1 bytes read)</source>
        <translation>PDF 已损坏或不完整：结尾没有 %%EOF（已读取 %1 字节）</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfStructure.cpp" line="34" />
        <source>the PDF is damaged: its page tree is nested more than %1 levels deep, or loops</source>
        <translation>PDF 已损坏：页面树嵌套超过 %1 层，或存在循环</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="25" />
        <source>the PDF is damaged: it has no pages</source>
        <translation>PDF 已损坏：没有页面</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="28" />
        <source>the PDF has %1 pages, more than the %2 pages accepted for one report</source>
        <translation>PDF 共 %1 页，超过单份报告 %2 页的上限</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfGuards.cpp" line="41" />
        <source>page %1 of the PDF has an impossible size (%2 × %3 points); the PDF is damaged</source>
        <translation>PDF 第 %1 页尺寸异常（%2 × %3 磅）；文件已损坏</translation>
    </message>
    <message>
        <location filename="../../app/document/loader/OfficeLoading.cpp" line="25" />
        <source>the document holds no text</source>
        <translation>文档中没有文字</translation>
    </message>
    <message>
        <location filename="../../app/document/office/DocxReader.cpp" line="222" />
        <source>the document's XML declares a DTD, which Word never writes: refused as crafted</source>
        <translation>文档的 XML 声明了 DTD，而 Word 从不写入 DTD，视为人为构造的文件，不予读取</translation>
    </message>
    <message>
        <location filename="../../app/document/office/DocxReader.cpp" line="237" />
        <source>the document's text (word/document.xml) is damaged at line %2: %1</source>
        <translation>文档正文（word/document.xml）第 %2 行已损坏：%1</translation>
    </message>
    <message>
        <location filename="../../app/document/office/DocxReader.cpp" line="254" />
        <location filename="../../app/document/office/DocxReader.cpp" line="262" />
        <location filename="../../app/document/office/DocxReader.cpp" line="273" />
        <source>the Word document cannot be read: %1</source>
        <translation>无法读取该 Word 文档：%1</translation>
    </message>
    <message>
        <location filename="../../app/document/office/MhtmlReader.cpp" line="202" />
        <source>this is not a web archive (MHTML): it has no MIME header</source>
        <translation>这不是单文件网页（MHTML）：缺少 MIME 头</translation>
    </message>
    <message>
        <location filename="../../app/document/office/MhtmlReader.cpp" line="212" />
        <source>the web archive (MHTML) is damaged: a multipart without its boundary</source>
        <translation>单文件网页（MHTML）已损坏：多部分内容缺少分隔标记</translation>
    </message>
    <message>
        <location filename="../../app/document/office/MhtmlReader.cpp" line="220" />
        <source>the web archive (MHTML) holds no web page</source>
        <translation>单文件网页（MHTML）中没有网页内容</translation>
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="22" />
        <source>a .%1 file is read through LibreOffice, which is not installed: open it in Word or WPS and save it as a Word document (.docx) with File &gt; Save As, or install LibreOffice Writer</source>
        <translation>.%1 文件需通过 LibreOffice 读取，但本机未安装 LibreOffice：请用 Word 或 WPS 打开该文件，通过“文件 &gt; 另存为”保存为 Word 文档（.docx），或安装 LibreOffice Writer</translation>
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="58" />
        <source>cannot convert the document: no temporary folder to convert it in</source>
        <translation>无法转换文档：没有可用于转换的临时文件夹</translation>
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="77" />
        <source>cannot convert the document: LibreOffice (%1) did not start</source>
        <translation>无法转换文档：LibreOffice（%1）未能启动</translation>
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="85" />
        <source>LibreOffice took longer than %1 seconds to convert the document and was stopped; save it as .docx in Word or WPS</source>
        <translation>LibreOffice 转换文档超过 %1 秒，已被终止；请在 Word 或 WPS 中将其另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="96" />
        <source>LibreOffice could not convert the document (it may be damaged, protected by a password or in a form LibreOffice does not know: open it in Word or WPS and save it as .docx): %1</source>
        <translation>LibreOffice 无法转换该文档（文档可能已损坏、设有密码，或为 LibreOffice 无法识别的格式：请在 Word 或 WPS 中打开并另存为 .docx）：%1</translation>
    </message>
    <message>
        <location filename="../../app/document/office/OfficeConverter.cpp" line="100" />
        <source>no message</source>
        <translation>无提示信息</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="47" />
        <source>it is not a ZIP archive or the archive is damaged (%1)</source>
        <translation>不是 ZIP 压缩包，或压缩包已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="72" />
        <source>the archive holds %1 entries, more than the %2 an Office document has</source>
        <translation>压缩包内有 %1 个条目，超过 Office 文档可能含有的 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="82" />
        <source>the archive is crafted: entry %1 has a name no Office program writes</source>
        <translation>压缩包系人为构造：第 %1 个条目的名称不是 Office 软件会写入的名称</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="104" />
        <source>the part %1 is missing</source>
        <translation>缺少文档组成部分 %1</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="110" />
        <source>the part %1 cannot be read</source>
        <translation>无法读取文档组成部分 %1</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="114" />
        <source>the document is protected by a password; save a copy without the password</source>
        <translation>文档设有密码保护，请另存一份不带密码的副本</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="119" />
        <source>the part %1 inflates to more than %2 MB: not a report, perhaps a ZIP bomb</source>
        <translation>文档组成部分 %1 解压后超过 %2 MB：不是报告，可能是“压缩炸弹”</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="130" />
        <source>the part %1 cannot be read: %2</source>
        <translation>无法读取文档组成部分 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/document/office/ZipArchive.cpp" line="142" />
        <source>the part %1 is damaged: %2</source>
        <translation>文档组成部分 %1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="193" />
        <source>%1 needs a positive whole number, not "%2"</source>
        <translation>%1 须为正整数，而非“%2”</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="294" />
        <source>the PDF reader could not be started (%1)</source>
        <translation>无法启动 PDF 读取程序（%1）</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="305" />
        <source>needs more than %1 GB of memory to read — refused</source>
        <translation>需要超过 %1 GB 内存才能读取——已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="308" />
        <source>needs more than %1 MB of memory to read — refused</source>
        <translation>需要超过 %1 MB 内存才能读取——已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="342" />
        <source>takes more than %1 s to read — refused</source>
        <translation>读取超过 %1 秒——已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/document/pdf/PdfWorker.cpp" line="369" />
        <source>the PDF is damaged: the reader stopped on it (%1) — refused</source>
        <translation>PDF 已损坏：读取程序在读取时中止（%1）——已拒绝</translation>
    </message>
</context>
<context>
    <name>jiaohe::ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="30" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="32" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="33" />
        <source>Wide: one row per report</source>
        <translation>宽表：每份报告一行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="34" />
        <source>Long: one row per field</source>
        <translation>长表：每个字段一行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="35" />
        <source>Flags: one row per flag, with its decision</source>
        <translation>问题：每个问题一行，含处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="39" />
        <source>Column headers</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="40" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="41" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="42" />
        <source>Column keys (for scripts)</source>
        <translation>字段键名（供脚本使用）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="44" />
        <source>Byte order mark (for Excel)</source>
        <translation>字节顺序标记（供 Excel 使用）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="46" />
        <source>Reviewed reports only</source>
        <translation>仅已审核的报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="51" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="52" />
        <source>Column headers:</source>
        <translation>表头：</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="76" />
        <source>Report %1 has no field %2</source>
        <translation>报告 %1 没有字段 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="54" />
        <source>Assign to field</source>
        <translation>指定给字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="56" />
        <source>Search by name (Chinese or English) or key</source>
        <translation>按名称（中文或英文）或键名搜索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="61" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="61" />
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="85" />
        <source>The selected number becomes the value of:</source>
        <translation>选中的数字将成为以下字段的数值:</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldsModel</name>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="78" />
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="80" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="82" />
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation type="vanished">按原文</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="84" />
        <source>source error</source>
        <translation>原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="86" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="36" />
        <source>(blank) 0</source>
        <translation>(空白) 0</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="48" />
        <source>Type a number as the report writes it (1.2万, １２３, 一千二百).</source>
        <translation>按报告写法输入数字(1.2万、１２３、一千二百)。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="53" />
        <source>“%1” cannot be read as a number.</source>
        <translation>“%1”无法识别为数字。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="58" />
        <source>“%1” is a percentage, but this field is a count (%2).</source>
        <translation>“%1”是百分比,但此字段是数量(%2)。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="62" />
        <source>“%1” is a count, but this field is a percentage.</source>
        <translation>“%1”是数量,但此字段是百分比。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="66" />
        <source>“%1” is too large.</source>
        <translation>“%1”过大。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="70" />
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="119" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="369" />
        <location filename="../../ui/TemplateGridModel.cpp" line="303" />
        <source>Left blank in the report's table: read as 0</source>
        <translation>报告表格中此格为空白,按 0 计</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="370" />
        <location filename="../../ui/TemplateGridModel.cpp" line="304" />
        <source>As printed: %1</source>
        <translation>原文:%1</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="374" />
        <source>%1
An open flag points at this number.</source>
        <translation>%1
有未处理的问题指向此数字。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="377" />
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="402" />
        <source>flagged</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="426" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="428" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="430" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="432" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="479" />
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="480" />
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldsPanel</name>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="17" />
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="27" />
        <source>Return: confirm · F2 or type: edit the value · F6: next unreviewed field</source>
        <translation>回车:确认 · F2 或直接输入:编辑数值 · F6:下一个未审核字段</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="34" />
        <source>Not taken: %1</source>
        <translation>未采用:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="114" />
        <source>Every field of this report has been reviewed</source>
        <translation>本报告的所有字段均已审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::FindingsActions</name>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="44" />
        <source>Export f&amp;indings…</source>
        <translation>导出审核意见(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="46" />
        <source>&amp;Print findings…</source>
        <translation>打印审核意见书(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="50" />
        <source>&amp;Self-check a draft…</source>
        <translation>草稿自查(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="56" />
        <source>Self-check a draft</source>
        <translation>草稿自查</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="58" />
        <source>Reports (*.docx *.txt *.htm *.html *.pdf);;All files (*)</source>
        <translation>年度报告 (*.docx *.txt *.htm *.html *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="60" />
        <location filename="../../ui/FindingsActions.cpp" line="122" />
        <location filename="../../ui/FindingsActions.cpp" line="160" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="79" />
        <source>&amp;Overview…</source>
        <translation>统计概览(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="87" />
        <source>Overview</source>
        <translation>统计概览</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="107" />
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="114" />
        <source>Export findings</source>
        <translation>导出审核意见</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="120" />
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/FindingsActions.cpp" line="137" />
        <source>Findings of %n report(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 份报告的审核意见导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="144" />
        <source>Print findings</source>
        <translation>打印审核意见书</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="158" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/FindingsActions.cpp" line="175" />
        <source>Findings printed to %1</source>
        <translation>审核意见书已输出到 %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::FindingsReport</name>
    <message>
        <location filename="../../app/findings/FindingsReport.cpp" line="157" />
        <source>a PDF needs fonts, and fonts a QGuiApplication</source>
        <translation>生成PDF需要字体，字体需要图形界面环境（QGuiApplication）</translation>
    </message>
</context>
<context>
    <name>jiaohe::FindingsWorkbook</name>
    <message>
        <location filename="../../app/findings/FindingsWorkbook.cpp" line="434" />
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../app/findings/FindingsWorkbook.cpp" line="444" />
        <source>the workbook cannot be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location filename="../../app/findings/FindingsWorkbook.cpp" line="466" />
        <source>the workbook cannot be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>jiaohe::FlagDetailPane</name>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="29" />
        <source>Flag detail</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="31" />
        <source>Select a flag to see its detail and decision</source>
        <translation>选择一个问题，查看详情和处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="62" />
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="64" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="65" />
        <source>Value taken</source>
        <translation>采用数值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="66" />
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="66" />
        <source>Decided at</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="69" />
        <source>Checks</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="69" />
        <source>No longer raised (the number it was about changed); the decision is kept</source>
        <translation>相关数字已更改，核查不再提示此问题；处理记录予以保留</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="71" />
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="72" />
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FlagDetailPane.cpp" line="72" />
        <source>Suggested fix</source>
        <translation>建议修正</translation>
    </message>
</context>
<context>
    <name>jiaohe::FlagsModel</name>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="61" />
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="62" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="63" />
        <source>Shares total</source>
        <translation>占比之和</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="64" />
        <source>Unit slip</source>
        <translation>单位笔误</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="65" />
        <source>Restated</source>
        <translation>前后不一</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="66" />
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="67" />
        <source>Missing section</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="68" />
        <source>Across years</source>
        <translation>跨年度</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="69" />
        <source>Table unreadable</source>
        <translation>表格无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="70" />
        <source>Too many findings</source>
        <translation>问题过多</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="87" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="90" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="93" />
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="106" />
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="108" />
        <source>fixed</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="110" />
        <source>source error</source>
        <translation>原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="112" />
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="121" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="123" />
        <source>Fix accepted</source>
        <translation>已采纳修正</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="125" />
        <source>Source error</source>
        <translation>原文有误</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="127" />
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="139" />
        <location filename="../../ui/FlagsModel.cpp" line="142" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="294" />
        <source>Ctrl+Shift+A accepts the suggested fix</source>
        <translation>Ctrl+Shift+A 采用建议修正</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="303" />
        <source>%1
No longer raised by the checks; the decision is kept.</source>
        <translation>%1
核查已不再提示此问题，处理记录予以保留。</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="306" />
        <source>%1
Ctrl+Shift+R: open last year's report</source>
        <translation>%1
Ctrl+Shift+R:打开上年报告</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="334" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="336" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="338" />
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="340" />
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="342" />
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="344" />
        <source>Suggested fix</source>
        <translation>建议修正</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="346" />
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>jiaohe::FlagsPanel</name>
    <message>
        <location filename="../../ui/panels/FlagsPanel.cpp" line="15" />
        <source>Flags</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>jiaohe::HistoryModel</name>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="141" />
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="142" />
        <source>New version imported</source>
        <translation>导入新版本</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="143" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="144" />
        <source>Corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="145" />
        <source>Source error (printed value kept)</source>
        <translation>原文有误（保留原文数值）</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="146" />
        <source>Assigned from the text</source>
        <translation>从原文指定</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="147" />
        <source>Put back (undo)</source>
        <translation>恢复（撤销）</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="148" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="149" />
        <source>Flag decision</source>
        <translation>问题处理</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="150" />
        <source>Report status</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="151" />
        <source>Report note</source>
        <translation>报告备注</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="152" />
        <source>Review taken over</source>
        <translation>接管审核</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="166" />
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="167" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="168" />
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="169" />
        <location filename="../../ui/HistoryModel.cpp" line="170" />
        <source>source error</source>
        <translation>原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="171" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="195" />
        <source>Flag %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="197" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="199" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="225" />
        <source>replaces report %1</source>
        <translation>替代报告 %1</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="285" />
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="311" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="313" />
        <source>Who</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="315" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="317" />
        <source>Field or flag</source>
        <translation>字段或问题</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="319" />
        <source>From → to</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../ui/HistoryModel.cpp" line="321" />
        <source>Reason or note</source>
        <translation>理由或备注</translation>
    </message>
</context>
<context>
    <name>jiaohe::HistoryPanel</name>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="21" />
        <source>&amp;Revert field</source>
        <translation>恢复字段(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="22" />
        <location filename="../../ui/panels/HistoryPanel.cpp" line="105" />
        <source>Revert field to its value before this change</source>
        <translation>将字段恢复为此次更改前的值</translation>
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="26" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="91" />
        <source>Select a change of a field's value or status in the history first</source>
        <translation>请先在历史记录中选择一条字段数值或状态的更改</translation>
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="104" />
        <source>Revert %1 to %2</source>
        <translation>将“%1”恢复为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="120" />
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/HistoryPanel.cpp" line="120" />
        <source>Report: %1 — %2</source>
        <translation>报告：%1 — %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ImportController</name>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="51" />
        <location filename="../../ui/ImportController.cpp" line="123" />
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>已导入 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="52" />
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>已导入 %n 份报告,%1 份失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="60" />
        <source>An import is running already.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="68" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="71" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="81" />
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="84" />
        <source>Importing reports…</source>
        <translation>正在导入报告…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="97" />
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="125" />
        <source>, %n already present</source>
        <translation>
            <numerusform>，%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="129" />
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="132" />
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="136" />
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="144" />
        <location filename="../../ui/ImportController.cpp" line="148" />
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="144" />
        <location filename="../../ui/ImportController.cpp" line="158" />
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="149" />
        <source>Reports (*.txt *.md *.htm *.html *.mht *.mhtml *.pdf *.docx *.doc *.wps);;All files (*)</source>
        <translation>报告 (*.txt *.md *.htm *.html *.mht *.mhtml *.pdf *.docx *.doc *.wps);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reports (*.txt *.htm *.html *.pdf);;All files (*)</source>
        <translation type="vanished">报告 (*.txt *.htm *.html *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="158" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="161" />
        <source>Open folder of reports</source>
        <translation>打开报告所在文件夹</translation>
    </message>
</context>
<context>
    <name>jiaohe::ImportService</name>
    <message>
        <location filename="../../app/import/ImportService.cpp" line="230" />
        <source>the database is locked by another program</source>
        <translation>审核数据库被其他程序锁定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/import/ImportService.cpp" line="281" />
        <source>import stopped, %n file(s) not imported: %1</source>
        <translation>
            <numerusform>导入已停止，%n 个文件未导入：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::LockHolder</name>
    <message>
        <location filename="../../app/store/LockHolder.cpp" line="61" />
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../../app/store/LockHolder.cpp" line="62" />
        <source>%1, process %2</source>
        <translation>%1，进程 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="61" />
        <location filename="../../ui/MainWindow.cpp" line="386" />
        <source>Jiaohe — annual report review</source>
        <translation>校核 — 政府信息公开年报审核</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="84" />
        <source>Open a review database with File → Open review database…</source>
        <translation>请通过“文件 → 打开审核数据库…”打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="102" />
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103" />
        <source>Template ta&amp;bles</source>
        <translation>模板表格(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="122" />
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="123" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171" />
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="260" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="261" />
        <source>&amp;New review database…</source>
        <translation>新建审核数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264" />
        <source>&amp;Open review database…</source>
        <translation>打开审核数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266" />
        <source>Recent &amp;databases</source>
        <translation>最近的数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="269" />
        <source>Open ser&amp;ver…</source>
        <translation>打开服务器(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="273" />
        <source>Open &amp;reports…</source>
        <translation>打开报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="276" />
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279" />
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="284" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="287" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="288" />
        <source>&amp;Find report</source>
        <translation>查找报告(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="291" />
        <source>F&amp;ind in report</source>
        <translation>在报告中查找(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="297" />
        <source>Report &amp;history</source>
        <translation>报告历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="309" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="310" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="313" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="321" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="330" />
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="332" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="333" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="337" />
        <source>&amp;About Jiaohe</source>
        <translation>关于校核(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="391" />
        <source>%1 — Jiaohe</source>
        <translation>%1 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="393" />
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="407" />
        <source>%1 — %2 — Jiaohe</source>
        <translation>%1 — %2 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="408" />
        <source>%1: %n field(s)</source>
        <translation>
            <numerusform>%1：%n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="409" />
        <source>, %n flag(s)</source>
        <translation>
            <numerusform>，%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation type="vanished">
            <numerusform>%1:%n 个字段,%2 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="414" />
        <location filename="../../ui/MainWindow.cpp" line="417" />
        <location filename="../../ui/MainWindow.cpp" line="476" />
        <source>Open review database</source>
        <translation>打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="415" />
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation>审核数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="427" />
        <source>Open server</source>
        <translation>打开服务器</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="433" />
        <location filename="../../ui/MainWindow.cpp" line="440" />
        <location filename="../../ui/MainWindow.cpp" line="444" />
        <source>New review database</source>
        <translation>新建审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="434" />
        <source>review.sqlite</source>
        <translation>审核.sqlite</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="435" />
        <source>Review databases (*.sqlite *.db)</source>
        <translation>审核数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="440" />
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="482" />
        <source>(none yet)</source>
        <translation>(暂无)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="496" />
        <source>Preferences saved. The new language takes effect when Jiaohe is started again</source>
        <translation>首选项已保存。新语言在重新启动校核后生效</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="497" />
        <source>Preferences saved</source>
        <translation>首选项已保存</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="504" />
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="505" />
        <location filename="../../ui/MainWindow.cpp" line="516" />
        <location filename="../../ui/MainWindow.cpp" line="525" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="516" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="523" />
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="528" />
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::MessageBox</name>
    <message numerus="yes">
        <location filename="../../ui/support/MessageBox.cpp" line="53" />
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/NoteDialog.cpp" line="44" />
        <source>Empty: no note</source>
        <translation>留空即不加备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/NoteDialog.cpp" line="47" />
        <source>Save the note (Ctrl+Return)</source>
        <translation>保存备注（Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>jiaohe::OpenServerDialog</name>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="81" />
        <source>Open server</source>
        <translation>打开服务器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="86" />
        <source>A team's review database on a PostgreSQL server: its &amp;address, or its parts below.</source>
        <translation>PostgreSQL 服务器上的团队审核数据库：请填写服务器地址(&amp;A)，或在下方分项填写。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="89" />
        <source>db.example, or a socket folder</source>
        <translation>如 db.example，或套接字所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="92" />
        <source>your database user</source>
        <translation>您的数据库用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="94" />
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="95" />
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="96" />
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="97" />
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="98" />
        <source>Jiaohe never asks for a password and never keeps one. Put it in the file ~/.pgpass (one line: host:port:database:user:password, readable by you only), or ask your administrator for a service file or peer authentication.</source>
        <translation>本程序不询问也不保存密码。请将密码写入 ~/.pgpass 文件（每行一条：主机:端口:数据库:用户:密码，仅限本人可读），或请管理员配置服务文件或对等认证。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OpenServerDialog.cpp" line="109" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>jiaohe::OverviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="96" />
        <source>Overview</source>
        <translation>统计概览</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="103" />
        <source>Body</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="106" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="108" />
        <source>Body:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="110" />
        <source>Figure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="120" />
        <source>Click a bar or a point to show those reports in the queue.</source>
        <translation>点击柱形或数据点，即在报告列表中只显示相应报告。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="135" />
        <source>Reports by status</source>
        <translation>各审核状态报告数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="137" />
        <source>Open flags by kind</source>
        <translation>各类待处理问题数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="140" />
        <source>Bodies with the most open errors</source>
        <translation>待处理错误最多的单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="175" />
        <source>%1 across the years</source>
        <translation>%1历年变化</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/OverviewDialog.cpp" line="184" />
        <source>Cross-year flag</source>
        <translation>跨年度问题</translation>
    </message>
</context>
<context>
    <name>jiaohe::PaneNavigator</name>
    <message>
        <location filename="../../ui/PaneNavigator.cpp" line="13" />
        <source>Next &amp;pane</source>
        <translation>下一窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/PaneNavigator.cpp" line="16" />
        <source>Previous pa&amp;ne</source>
        <translation>上一窗格(&amp;N)</translation>
    </message>
</context>
<context>
    <name>jiaohe::PdfPageView</name>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="28" />
        <source>Report pages</source>
        <translation>报告页面</translation>
    </message>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="240" />
        <source>Page %1 cannot be shown</source>
        <translation>第 %1 页无法显示</translation>
    </message>
</context>
<context>
    <name>jiaohe::PdfPagesPanel</name>
    <message>
        <source>Click a box: select its field · Alt+click a number: assign it to the selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width</source>
        <translation type="vanished">单击方框:选中其字段 · Alt+单击数字:指定给所选字段 · Ctrl+滚轮或 Ctrl+=/Ctrl+-:缩放 · Ctrl+0:适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="30" />
        <source>Click a box: select its field · Ctrl+click or Alt+click a number: assign it to the selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width</source>
        <translation>单击方框：选中对应字段 · Ctrl+单击或 Alt+单击数字：赋给所选字段 · Ctrl+滚轮或 Ctrl+= / Ctrl+-：缩放 · Ctrl+0：适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="34" />
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="51" />
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="39" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小(Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="40" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="43" />
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大(Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="44" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="46" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="47" />
        <source>Fit the page width (Ctrl+0)</source>
        <translation>适合页面宽度(Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="180" />
        <source>Reading the pages of %1…</source>
        <translation>正在读取 %1 的页面…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="193" />
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="223" />
        <source>the file has changed since it was imported</source>
        <translation>文件在导入后已改变</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="196" />
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="225" />
        <source>Qt PDF cannot open it</source>
        <translation>Qt PDF 无法打开该文件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="201" />
        <source>The pages of %1 cannot be shown (%2); the text is shown instead</source>
        <translation>无法显示 %1 的页面(%2),改为显示文本</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="208" />
        <source>%1 was imported by another version of Jiaohe: its pages are shown without the evidence boxes</source>
        <translation>%1 是由其他版本的校核导入的:显示其页面,但不显示证据方框</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="221" />
        <source>the file has been moved or deleted</source>
        <translation>文件已被移动或删除</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="230" />
        <source>The page images of %1 are unavailable (%2): its text and evidence are shown where they stood on the pages</source>
        <translation>%1 的页面图像不可用（%2）：文字和证据方框按其在原页面上的位置显示</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="234" />
        <source>Page image unavailable: %1</source>
        <translation>页面图像不可用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="264" />
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::Preferences</name>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="34" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="37" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="38" />
        <source>As the system (%1)</source>
        <translation>跟随系统(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="44" />
        <source>Reviewer name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="45" />
        <source>Your name, as the audit trail should show it</source>
        <translation>您的姓名,将记入审核记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="48" />
        <source>Claims expire after</source>
        <translation>认领过期时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="50" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="52" />
        <source>A report you opened for review stays claimed while you work on it; a claim without work for this long counts as free, and others may take the report</source>
        <translation>您打开审核的报告在您操作期间保持认领；超过此时长无操作，认领即视为失效，他人可以认领该报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="54" />
        <source>A new language takes effect when Jiaohe is started again. The reviewer name is written with every decision from now on.</source>
        <translation>新语言在重新启动校核后生效。此后每项审核决定都会记录审核人姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="60" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="61" />
        <source>&amp;Reviewer:</source>
        <translation>审核人(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="62" />
        <source>&amp;Claims expire after:</source>
        <translation>认领过期时间(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>jiaohe::QueuePanel</name>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="23" />
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="24" />
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="30" />
        <source>Search reports</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="31" />
        <source>Search name or region (Ctrl+Shift+F)</source>
        <translation>搜索文件名或地区(Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="36" />
        <source>Report queue</source>
        <translation>报告队列</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="48" />
        <source>F8 / Shift+F8: next / previous open flag, across the queue</source>
        <translation>F8 / Shift+F8:整个队列中的下一个 / 上一个未处理问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="52" />
        <source>Reviewed reports</source>
        <translation>已审核报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="59" />
        <source>Filter by open flag kind</source>
        <translation>按未处理问题类型筛选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="60" />
        <source>Any flags</source>
        <translation>任意问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="195" />
        <source>%1 / %2 reviewed</source>
        <translation>已审核 %1 / %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportNoteLabel</name>
    <message>
        <location filename="../../ui/panels/ReportNoteLabel.cpp" line="30" />
        <source>Report note: %1</source>
        <translation>报告备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportNoteLabel.cpp" line="31" />
        <source>Report note (Ctrl+Shift+M to edit):
%1</source>
        <translation>报告备注（按 Ctrl+Shift+M 修改）：
%1</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportPanel</name>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="33" />
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>Click a highlighted number: select its field · Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation type="vanished">单击高亮数字:选中其字段 · Alt+单击或选中后按 Ctrl+T:将该数字指定给所选字段</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="36" />
        <source>Click a highlighted number: select its field · Ctrl+click, Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation>单击高亮数字：选中对应字段 · Ctrl+单击、Alt+单击或选中后按 Ctrl+T：将该数字赋给所选字段</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="48" />
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="49" />
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="73" />
        <source>There is no number there to assign</source>
        <translation>此处没有可指定的数字</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="100" />
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="101" />
        <source>Find in report (simplified or traditional script)</source>
        <translation>在报告中查找(简体或繁体均可)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="107" />
        <source>Previous match (Shift+Return)</source>
        <translation>上一个(Shift+回车)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="110" />
        <source>Next match (Return)</source>
        <translation>下一个(回车)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="113" />
        <source>Close (Escape)</source>
        <translation>关闭(Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="255" />
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="256" />
        <source>“%1” is not in this report</source>
        <translation>本报告中没有“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="265" />
        <source>%1 of %2</source>
        <translation>第 %1 个,共 %2 个</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportProgress</name>
    <message numerus="yes">
        <location filename="../../ui/ReportProgress.cpp" line="29" />
        <source>%n flag(s) open</source>
        <translation>
            <numerusform>%n 个问题未处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReportProgress.cpp" line="32" />
        <source>%n field(s) unreviewed</source>
        <translation>
            <numerusform>%n 个字段未审核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReportProgress.cpp" line="34" />
        <source>, </source>
        <comment>between the parts of what is open</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportQueueModel</name>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="128" />
        <source>region unknown</source>
        <translation>地区未知</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="133" />
        <source>year unknown</source>
        <translation>年份未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReportQueueModel.cpp" line="146" />
        <source>%n open flag(s)</source>
        <translation>
            <numerusform>%n 个未处理的问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="162" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="164" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="166" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="168" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="170" />
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="178" />
        <source>The report's file name</source>
        <translation>报告的文件名</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="180" />
        <source>The issuing body</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="182" />
        <source>The year the statistics cover</source>
        <translation>统计所属年度</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="184" />
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="186" />
        <source>Open flags</source>
        <translation>未处理的问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="293" />
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="296" />
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="299" />
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::ResolveFlagCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="169" />
        <source>Mark flag fixed</source>
        <translation>标记问题为已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="171" />
        <source>Mark flag as source error</source>
        <translation>标记问题为原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="173" />
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="175" />
        <source>Reopen flag</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="189" />
        <source>Report %1 has no flag %2</source>
        <translation>报告 %1 没有问题 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::RevertToPrintedCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="146" />
        <source>Revert %1 to the value as printed</source>
        <translation>将“%1”恢复为原文数值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="153" />
        <source>Report %1 has no printed value for %2</source>
        <translation>报告 %1 的字段 %2 没有原文数值</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewActionHandler</name>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="72" />
        <source>&amp;Confirm field</source>
        <translation>确认字段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="83" />
        <source>&amp;Edit value in place</source>
        <translation>就地编辑数值(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="85" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="181" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="193" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="234" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="527" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="546" />
        <source>Select a field first</source>
        <translation>请先选择一个字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="88" />
        <source>C&amp;orrect field…</source>
        <translation>更正字段(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="90" />
        <source>&amp;Assign selected number to field</source>
        <translation>将选中数字指定给字段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="93" />
        <source>Assign selected number to &amp;another field…</source>
        <translation>将选中数字指定给其他字段(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="96" />
        <source>Next &amp;unreviewed field</source>
        <translation>下一个未审核字段(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="98" />
        <source>Previous unreviewed field</source>
        <translation>上一个未审核字段</translation>
    </message>
    <message>
        <source>Mark field as &amp;printed</source>
        <translation type="vanished">字段按原文(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="101" />
        <source>Field is a &amp;source error (keep the printed value)</source>
        <translation>字段原文有误（保留原文数值）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="104" />
        <source>Field &amp;not applicable</source>
        <translation>字段不适用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="107" />
        <source>Mark field &amp;unreviewed</source>
        <translation>字段改回未审核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="110" />
        <source>&amp;Accept suggested fix</source>
        <translation>采纳建议的修正(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="113" />
        <source>Flag is a &amp;source error</source>
        <translation>问题属原文错误(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="116" />
        <source>&amp;Dismiss flag…</source>
        <translation>忽略问题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="118" />
        <source>R&amp;eopen flag</source>
        <translation>重新打开问题(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="120" />
        <source>Report &amp;reviewed, open next</source>
        <translation>报告审核完毕,打开下一份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="124" />
        <source>Note on &amp;field…</source>
        <translation>字段备注(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="126" />
        <source>Note on repor&amp;t…</source>
        <translation>报告备注(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="133" />
        <source>&amp;Next open flag</source>
        <translation>下一个未处理问题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="135" />
        <source>&amp;Previous open flag</source>
        <translation>上一个未处理问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="137" />
        <source>&amp;Related report of the flag</source>
        <translation>问题相关的报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="166" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="474" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="560" />
        <source>Open a report first</source>
        <translation>请先打开一份报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="203" />
        <source>Report has no field %1</source>
        <translation>报告中没有字段 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="251" />
        <source>Select the field first, then the number in the text</source>
        <translation>请先选择字段,再在原文中选择数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="258" />
        <source>There is no number there to assign</source>
        <translation>此处没有可指定的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="260" />
        <source>The selection holds more than one number; select just one</source>
        <translation>所选内容包含多个数字,请只选择一个</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="262" />
        <source>%1 is a percentage; the field counts %2</source>
        <translation>%1 是百分比,而该字段的单位是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="264" />
        <source>%1 is not a percentage; the field is one</source>
        <translation>%1 不是百分比,而该字段是百分比</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="272" />
        <source>Assign a number</source>
        <translation>赋值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="273" />
        <source>%1 counts %2; the field counts %3. Assign it anyway?</source>
        <translation>%1 的计量单位是“%2”，而该字段的单位是“%3”。仍要赋值吗？</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="274" />
        <source>Not assigned: %1 counts %2, not %3</source>
        <translation>未赋值：%1 的单位是“%2”，不是“%3”</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="305" />
        <source>This flag has no suggested fix</source>
        <translation>此问题没有建议的修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="305" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="327" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="347" />
        <source>Select a flag first</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="310" />
        <source>No field holds the number this fix is for</source>
        <translation>没有字段对应此修正所针对的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="479" />
        <source>The report no longer has the field %1</source>
        <translation>报告中已没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="481" />
        <source>Revert %1 to %2</source>
        <translation>将“%1”恢复为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="485" />
        <location filename="../../ui/ReviewActionHandler.cpp" line="500" />
        <source>%1 is %2 already</source>
        <translation>“%1”已经是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="497" />
        <source>%1 cannot be put back to “%2”</source>
        <translation>“%1”无法恢复为“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="504" />
        <source>%1 keeps no corrected value to put back</source>
        <translation>“%1”没有可恢复的更正值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="516" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="549" />
        <source>Note on field</source>
        <translation>字段备注</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="563" />
        <source>Note on report</source>
        <translation>报告备注</translation>
    </message>
    <message>
        <source>Accept suggested fix: %1</source>
        <translation type="vanished">采纳建议的修正:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="335" />
        <source>Dismissing a flag needs a reason</source>
        <translation>忽略问题需要说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="366" />
        <source>Mark report reviewed</source>
        <translation>标记报告为已审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="367" />
        <source>%1 — mark the report reviewed anyway?</source>
        <translation>%1，仍将报告标记为已审核吗？</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="368" />
        <source>Not marked reviewed: %1</source>
        <translation>未标记为已审核：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="384" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="388" />
        <source>Saved. No unreviewed report left</source>
        <translation>已保存。没有未审核的报告了</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="454" />
        <source>No other open flag</source>
        <translation>没有其他未处理问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="463" />
        <source>The selected flag does not point at another report</source>
        <translation>所选问题未指向其他报告</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewActions</name>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="89" />
        <source>someone else</source>
        <translation>其他审核人员</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="98" />
        <source>%1 changed this at %2 (now: %3) after you loaded it; your change was not saved, so that nothing of theirs is lost. It has been reloaded: decide again if you still mean to.</source>
        <translation>%1 在您载入之后于 %2 修改了此项（现为：%3）；为免覆盖其修改，您的修改未保存。此项已重新载入，如仍需修改请重新操作。</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="101" />
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="112" />
        <source>someone else changed this at the same moment; your change was not saved. It has been reloaded: decide again if you still mean to.</source>
        <translation>其他审核人员同时修改了此项，您的修改未保存。此项已重新载入，如仍需修改请重新操作。</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="148" />
        <location filename="../../app/store/ReviewActions.cpp" line="207" />
        <location filename="../../app/store/ReviewActions.cpp" line="319" />
        <source>report %1 has no field %2</source>
        <translation>报告 %1 中没有字段 %2</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="177" />
        <source>“corrected” needs a value: correct the field instead</source>
        <translation>“已更正”须填写数值，请改用“更正字段”</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="191" />
        <source>a corrected value is recorded as “corrected” or “as_printed”, not “%1”</source>
        <translation>更正后的数值只能记为“已更正”或“原文有误”，不能记为“%1”</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="194" />
        <location filename="../../app/store/ReviewActions.cpp" line="235" />
        <source>the value is not a number</source>
        <translation>所填内容不是数字</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="238" />
        <source>no field is named</source>
        <translation>未指定字段</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="243" />
        <source>the evidence %1–%2 is not inside report %3's text (%4 characters)</source>
        <translation>依据位置 %1–%2 不在报告 %3 的正文范围内（正文共 %4 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="357" />
        <source>dismissing a flag needs a reason</source>
        <translation>忽略提示须填写理由</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="362" />
        <location filename="../../app/store/ReviewActions.cpp" line="383" />
        <location filename="../../app/store/ReviewActions.cpp" line="424" />
        <source>there is no flag %1</source>
        <translation>不存在编号为 %1 的提示</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="386" />
        <source>this flag has no suggested fix</source>
        <translation>该提示没有建议修正值</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="391" />
        <source>no field holds the number this fix is for</source>
        <translation>没有字段对应该建议修正所指的数字</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="466" />
        <location filename="../../app/store/ReviewActions.cpp" line="502" />
        <source>there is no report %1</source>
        <translation>不存在报告 %1</translation>
    </message>
    <message>
        <location filename="../../app/store/ReviewActions.cpp" line="472" />
        <source>Only a lead (database role jiaohe_lead) may reopen a reviewed report; ask one.</source>
        <translation>仅负责人（数据库角色 jiaohe_lead）可以重新打开已审核的报告，请联系负责人。</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewSession</name>
    <message>
        <location filename="../../ui/ReviewSession.cpp" line="192" />
        <source>no review database is open</source>
        <translation>未打开审核数据库</translation>
    </message>
</context>
<context>
    <name>jiaohe::RuleSet</name>
    <message>
        <location filename="../../app/check/Rules.cpp" line="192" />
        <source>rule %1 has unknown severity "%2" (known: error, warning, info)</source>
        <translation>规则 %1 的严重程度“%2”无法识别（可用值：error、warning、info）</translation>
    </message>
</context>
<context>
    <name>jiaohe::SelfCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="28" />
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="42" />
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="52" />
        <source>Save the self-check report</source>
        <translation>保存自查报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="43" />
        <source>-self-check</source>
        <translation>-自查报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/SelfCheckDialog.cpp" line="44" />
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>jiaohe::ServerAddress</name>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="48" />
        <source>%1: not a PostgreSQL address (postgresql://…)</source>
        <translation>%1：不是 PostgreSQL 数据库地址（应为 postgresql://…）</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="60" />
        <source>%1: the parameter “%2” has no value</source>
        <translation>%1：参数“%2”没有取值</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="101" />
        <source>%1: a “;” in the address cannot be passed to the server; use a service file (?service=…)</source>
        <translation>%1：地址中的“;”无法传给服务器，请改用服务配置文件（?service=…）</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerAddress.cpp" line="180" />
        <source>local server</source>
        <translation>本机服务器</translation>
    </message>
</context>
<context>
    <name>jiaohe::ServerConnection</name>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="65" />
        <source>%1: this database is not a Jiaohe review database (it holds another program's tables: %2); it was left untouched. Name an empty database, or one Jiaohe created.</source>
        <translation>%1：该数据库不是校核数据库（其中有其他程序的数据表：%2），未作任何改动。请指定一个空数据库，或由校核程序创建的数据库。</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="120" />
        <source>%1: the server asks for a password. Jiaohe does not keep passwords: put it in ~/.pgpass (host:port:database:user:password, mode 0600) or ask the administrator for peer or GSS authentication.</source>
        <translation>%1：服务器要求输入密码。本程序不保存密码：请将密码写入 ~/.pgpass（格式为 主机:端口:数据库:用户:密码，权限 0600），或请管理员改用 peer 或 GSS 认证。</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="127" />
        <source>%1: the server cannot be reached (%2). Check the address, and that the server is running.</source>
        <translation>%1：无法连接服务器（%2）。请检查地址是否正确、服务器是否在运行。</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="131" />
        <source>%1: the server has no such database. Ask the administrator to create it (createdb).</source>
        <translation>%1：服务器上没有该数据库。请管理员先创建（createdb）。</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="136" />
        <source>%1: this connection only reads; nothing was written.</source>
        <translation>%1：当前连接为只读，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="139" />
        <source>%1: your database role may not do this (%2). Ask the administrator for the rights you need in this database.</source>
        <translation>%1：您的数据库角色无权执行此操作（%2）。请向管理员申请该数据库的相应权限。</translation>
    </message>
    <message>
        <location filename="../../app/store/ServerConnection.cpp" line="144" />
        <source>%1: another reviewer changed the same rows at the same moment; nothing was written. Try again.</source>
        <translation>%1：其他审核人员同时修改了相同的数据，本次未写入任何内容。请重试。</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldNoteCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="269" />
        <source>Remove note on %1</source>
        <translation>删除“%1”的备注</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="269" />
        <source>Note on %1</source>
        <translation>填写“%1”的备注</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="278" />
        <source>Report %1 has no field %2</source>
        <translation>报告 %1 没有字段 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="58" />
        <source>Confirm %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <source>Mark %1 as printed</source>
        <translation type="vanished">%1 按原文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="60" />
        <source>Mark %1 a source error</source>
        <translation>将 %1 标为原文有误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="62" />
        <source>Mark %1 not applicable</source>
        <translation>%1 不适用</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="64" />
        <source>Mark %1 unreviewed</source>
        <translation>%1 改回未审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportNoteCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="292" />
        <source>Remove note on report</source>
        <translation>删除报告备注</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="292" />
        <source>Note on report</source>
        <translation>填写报告备注</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="300" />
        <source>There is no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="238" />
        <source>Mark report reviewed</source>
        <translation>标记报告为已审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="240" />
        <source>Mark report in review</source>
        <translation>标记报告为审核中</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="242" />
        <source>Mark report unreviewed</source>
        <translation>标记报告为未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="254" />
        <source>There is no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="17" />
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="20" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="21" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="21" />
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>jiaohe::Startup</name>
    <message>
        <location filename="../../ui/support/Startup.cpp" line="39" />
        <source>--db needs a FILE: jiaohe --db FILE [REPORT...]</source>
        <translation>--db 需要指定文件：jiaohe --db 文件 [报告...]</translation>
    </message>
</context>
<context>
    <name>jiaohe::StoreCommands</name>
    <message>
        <location filename="../../app/cli/StoreCommands.cpp" line="190" />
        <source>--headers must be keys, zh or en, not “%1”</source>
        <translation>--headers 只能是 keys、zh 或 en，不能是“%1”</translation>
    </message>
</context>
<context>
    <name>jiaohe::StoreCopy</name>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="130" />
        <source>%1: the source and the target are the same database; nothing was copied.</source>
        <translation>%1：源数据库与目标数据库是同一个，未复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="179" />
        <source>%1: the target has no column %2 in the table %3 that the source has; nothing was copied. Use the same version of Jiaohe on both.</source>
        <translation>%1：目标数据库的 %3 表中没有源数据库所含的 %2 列，未复制任何内容。请在两端使用同一版本的校核。</translation>
    </message>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="224" />
        <source>%1: the copy differs from the source in the table(s) %2; it was rolled back, nothing was written.</source>
        <translation>%1：副本与源数据库在 %2 表中不一致，已回滚，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/store/StoreCopy.cpp" line="260" />
        <source>%1: the target already holds a review (%2 reports, %3 rows in all); nothing was copied. Name a new file, or an empty database.</source>
        <translation>%1：目标数据库中已有审核数据（%2 份报告，共 %3 行），未复制任何内容。请指定一个新文件或空数据库。</translation>
    </message>
</context>
<context>
    <name>jiaohe::TakeOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/TakeOverDialog.cpp" line="8" />
        <source>Take over the report</source>
        <translation>接管报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/TakeOverDialog.cpp" line="9" />
        <source>%1 is reviewing this report. Why do you take it over?
The reason is kept in the report's history.</source>
        <translation>%1 正在审核本报告。您为何要接管？
原因将记入该报告的审核历史。</translation>
    </message>
</context>
<context>
    <name>jiaohe::TemplateGridModel</name>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="277" />
        <source>blamed by a failing identity</source>
        <translation>勾稽关系不符，疑为此格有误</translation>
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="277" />
        <source>in a failing identity</source>
        <translation>所在勾稽关系不符</translation>
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="301" />
        <source>Not read from this report</source>
        <translation>未从本报告中读取</translation>
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="305" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="309" />
        <source>The check of the table's sums points at this cell:</source>
        <translation>表格勾稽关系核对认为此格有误：</translation>
    </message>
    <message>
        <location filename="../../ui/TemplateGridModel.cpp" line="311" />
        <source>A sum of the table that does not add up includes this cell:</source>
        <translation>此格所在的表格合计不符：</translation>
    </message>
</context>
<context>
    <name>jiaohe::TemplateGridView</name>
    <message>
        <location filename="../../ui/panels/TemplateGridView.cpp" line="73" />
        <source>Return: confirm · F2 or type: edit the value</source>
        <translation>回车：确认 · F2 或直接输入：修改数值</translation>
    </message>
</context>
<context>
    <name>jiaohe::TemplateTablesPanel</name>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="19" />
        <source>Template tables</source>
        <translation>模板表格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="24" />
        <source>This report has no cell of the template's tables 2–4.</source>
        <translation>本报告未读取到模板表二至表四的任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="31" />
        <source>Table 2 · Proactive</source>
        <translation>表二 主动公开</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="31" />
        <source>Table 2: proactive disclosure of government information</source>
        <translation>表二 主动公开政府信息情况</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="32" />
        <source>Table 3 · Requests</source>
        <translation>表三 依申请公开</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="32" />
        <source>Table 3: requests for government information received and handled</source>
        <translation>表三 收到和处理政府信息公开申请情况</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="33" />
        <source>Table 4 · Appeals</source>
        <translation>表四 复议诉讼</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="33" />
        <source>Table 4: administrative reconsideration and lawsuits over disclosure</source>
        <translation>表四 政府信息公开行政复议、行政诉讼情况</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="51" />
        <source>Not taken: %1</source>
        <translation>未采用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/TemplateTablesPanel.cpp" line="117" />
        <source>Select a cell the report has a figure for first</source>
        <translation>请先选择报告中有数据的单元格</translation>
    </message>
</context>
</TS>
