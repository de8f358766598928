







































































































































































































































































































































































































































































































































































































"                         --agent closer --amount yuan [--kind sale|rent|deposit]\n"
"                         [--encoding gbk]\n"
"                         [--referrer who] [--split agent:pct,... --note why]\n"
"                         [--table | --excel] [--encoding gbk]\n"
"                      [--encoding gbk]\n"
"                      [--encoding gbk]\n"
"                      [--gender M|F] [--unit unit] [--address address]\n"
"                      [--household phone] [--referrer who] [--party n]\n"
"                      [--interest text] [--level level] --source source\n"
"                      [--name name] [--note text]\n"
"                      [--next day] [--name name] [--note text]\n"
"                      [--note text]\n"
"                      [file ...]\n"
"                  --referred-by phone]\n"
"               --break | --desert | --night agent\n"
"               [--at time] agent\n"
"               [--by slot | agent | source | --summary] [--full]\n"
"               [--encoding gbk]\n"
"               [--encoding gbk]\n"
"               [--excel] [--encoding gbk]\n"
"               [--format csv | table | html] [--table] [--excel]\n"
"               agent\n"
"          [--by reason | agent | source | level] [--table | --excel]\n"
"          [--competitor text] [--note text]\n"
"          [--encoding gbk]\n"
"          [--encoding gbk]\n"
"          [--encoding gbk]\n"
"          [--encoding gbk]\n"
"          [--table | --excel] [--encoding gbk]\n"
"       assign-commission -h | -V\n"
"       assign-commission [-d dir] --agree phone agent:pct,... [--note text]\n"
"       assign-commission [-d dir] --import file [--encoding gbk]\n"
"       assign-commission [-d dir] --statement yyyy-mm [--table | --excel]\n"
"       assign-commission [-d dir] --void deal --note why\n"
"       attendance-fine -h | -V\n"
"       attendance-fine [-d dir] --record code [--fine yuan] [--note text]\n"
"       attendance-fine [-d dir] --void seq --note why\n"
"       daily-report -h | -V\n"
"       follow-up -h | -V\n"
"       follow-up [-d dir] --analysis [--month yyyy-mm]\n"
"       follow-up [-d dir] --assign [--date day] [--full] [--table | --excel]\n"
"       follow-up [-d dir] --card phone [--full] [--table | --excel]\n"
"       follow-up [-d dir] --lost phone --agent agent --reason reason\n"
"       follow-up [-d dir] --plan phone --agent agent --next day [--note text]\n"
"       follow-up [-d dir] --summary [--month yyyy-mm] [--table | --excel]\n"
"       follow-up [-d dir] --void seq --note why\n"
"       next-agent -h | -V\n"
"       next-agent [-d dir] --claim --agent agent --note why [--customer phone]\n"
"       next-agent [-d dir] --done agent [--not-customer --note why]\n"
"       next-agent [-d dir] --move agent --to n [--note why]\n"
"       next-agent [-d dir] --queue [--table | --excel] [--encoding gbk]\n"
"       next-agent [-d dir] --void seq --note why\n"
"       register-visit -h | -V\n"
"       register-visit [-d dir] --call --agent agent --phone phone --source source\n"
"       register-visit [-d dir] --follow --agent agent --phone phone [--level level]\n"
"       register-visit [-d dir] --handover agent --to agent --note text\n"
"       register-visit [-d dir] --import file [--encoding gbk]\n"
"       register-visit [-d dir] --list [--date day] [--table | --excel]\n"
"       register-visit [-d dir] --lookup phone [--table | --excel]\n"
"       register-visit [-d dir] --void seq --note text\n"
"       sign-in -h | -V\n"
"       sign-in [-d dir] --import file [--encoding gbk]\n"
"       sign-in [-d dir] --list [--date day] [--table] [--excel]\n"
"       sign-in [-d dir] --void seq --note why\n"
"       sign-in [-d dir] [--at time] [--note text] --end | --out | --back |\n"
"       sign-in [-d dir] [--date day | --at time] --sick | --personal --days n\n"
"       sign-in [-d dir] [--date day | --at time] [--note text] --off agent\n"
"       verify-journal -h | -V\n"
"       verify-journal [-d dir] --heads [--table] [--excel] [--encoding gbk]\n"
"       verify-journal [-d dir] --repair file\n"
"Content-Transfer-Encoding: 8bit\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Language-Team: LANGUAGE <LL@li.org>\n"
"Language: \n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
"MIME-Version: 1.0\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\n"
"Project-Id-Version: frontdesk 0.1.0\n"
"Report-Msgid-Bugs-To: frontdesk\n"
"\n"
"assign-commission [-d dir] [--explain] --deal id --phone phone\n"
"attendance-fine [-d dir] [--month yyyy-mm] [--summary] [--table]\n"
"back-dated rows (补登):"
"daily-report [-d dir] [--date day | --month yyyy-mm]\n"
"follow-up [-d dir] [--agent agent] [--date day] [--within n] [--full]\n"
"next-agent [-d dir] [--claim] [--customer phone | --named agent |\n"
"register-visit [-d dir] --agent agent --phone phone --name name\n"
"sign-in [-d dir] [--at time] [--note text] agent\n"
"verify-journal [-d dir] [-v] [file ...]\n"
#
# Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER
# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.
# SOME DESCRIPTIVE TITLE.
# This file is distributed under the same license as the frontdesk package.
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, c-format
#, fuzzy
#. "--list, --import or --void".
#. "one of ... at a time", "--x goes with ..." (either of them) and "--x needs ...";
#. %1$s is the deal id (DJ-0042), %2$s the customer's phone, masked
#. %2$s its book ("visits.csv"), %3$s the row in words ("A03 张敏 out on
#. %2$s the command ("sign-in").
#. %2$s the customer's name (周女士), %3$s the agent code (A01), %4$s the last
#. %2$s the later one of the row above.
#. %2$s the owner ("A03 张敏"), %3$s the reason (价格); the row follows.
#. %2$s where they are (busy since 09:33).  returning_fallback is a rule key.
#. %2$s why the phone is refused ("a mobile has 11 digits (phone_plan cn)").
#. %3$s its time (08:41), %4$s its amount (1280000.00).
#. %3$s the agent code of the owner, who now owns them for good (A06).
#. %5$lld the book and row that make them the owner's (visits.csv, 7); %6$s the
#. %s is the phone of the household's first member, masked (139****1111).
#. ("--note").
#. ("A02 李娜").
#. ("the seq of a row", "a number from 1"), %3$s what was typed.
#. ("价格, 竞品, 位置").
#. (--agree: 合作分成, 五.4).
#. (138****5678) and the agent who owns them (A02); what follows says who
#. (150****6666), %3$s the agent code who now owns them for good (A06).
#. (2026-11-16), %3$s its time (08:41).
#. (2026-12-06).
#. (4096).
#. (A01 王伟).
#. (A02 李娜), %2$s where they are (busy since 09:33).  Said after "returning
#. (A02), %2$s the day of the owner's registration.
#. (A02), %2$s the day of the owner's registration; the owner took a deposit.
#. (A02), who took a deposit.
#. (A02).
#. (cadence, 跟进周期).
#. (receive or move, as translated), its date and time; the agent (A03 张敏)
#. (receive) needs the agent signed in and not away.
#. (round 1)"; %d is the round of the rotation (轮).
#. (round 1); ...); nothing is recorded.
#. (rule follow_days, 跟进周期).
#. (下次跟进) is today or a day to come.
#. (外出), on a break (休息) or away from the post (脱岗), back later (暂离).
#. (定金) holds the customer.
#. (撞单, 共单, 推荐人...) and its evidence (the book rows it rests on,
#. (男).
#. (跟进).
#. * "back-dated 93 min", %3$s the time it was recorded (10:02).
#. * %2$02d:%3$02d, the hour and the minute (20:30).
#. * %2$s the absence_fine of rules.csv (100.00).
#. * %3$s the day (2026-10-14), %4$s the agent's code (A03), %5$s what is
#. * %3$s the day (2026-11-16).
#. * %3$s the event and %4$s the detail as the row holds them.
#. * %3$s the first day and %4$s the last (2026-11-16, 2026-11-17).
#. * %3$s the ordinal of the day's sign-in order ("3rd"): "A03 张敏
#. * %4$s the rule's note on a half day (": 不满半天按半天计") or nothing.
#. * %5$s %6$s (2026-12-31 23:00) by %7$s (前台), dated %8$s (2026-12-30).
#. * %6$s the day (2026-11-14), %7$s the ordinal.
#. * %6$s what is wrong ("has not signed in"), %7$s the rule ("sign in first"),
#. * %8$lld the row to void first (15).
#. * ("1st"), %4$s the fine's sum ("late_fine 2.00 × 2^1").
#. * ("2nd").
#. * ("already signed in at 08:12"), %5$s the rule ("one sign-in a day").
#. * (11:20), %6$s the ordinal of the agent's offences of that code this month
#. * (A03), %5$s the day it names (2026-11-02), %6$s "recorded at 10:02 by
#. * (A06 的 签到): in 签到, end 签退, out 外出, back 返回 (from an errand, a
#. * (always two or more), %3$s the offences ("eat (上班时间在销售接待区吃东西、吸烟),
#. * (argue); other is a code, as it is.
#. * (attendance.csv), %2$lld its row, %3$s the event in your words (sick,
#. * (the customer lost).
#. * (未签到).
#. * 1st time today".
#. * 20.00", "at least 2000.00").
#. * absent_dismiss_consecutive reached (连续旷工).
#. * absent_dismiss_month (本月累计旷工).
#. * an agent not yet signed in.
#. * argue); %2$s the ordinal from which the catalogue dismisses ("3rd").
#. * as typed (18:30, 2026-11-17 08:30).
#. * back, end ...), %4$s its day (2026-11-16), %5$s the agent ("A04 刘洋"),
#. * book, row, kind (visit, deposit), agent, phone, day, recorded, how late.
#. * break or the post left), break 休息, desert 脱岗, night 值班, off 轮休,
#. * clashes with, %3$s that row's event as the book writes it (in, out,
#. * column as typed; detail is the column's name.
#. * customer), done 接待完毕, move 调整排位 (the manager moved an agent, 条例 4).
#. * day (2026-11-15), ordinal of that day's sign-in order.
#. * day (2026-11-16), %3$s the agent ("A03 张敏"), %4$s what is wrong
#. * day").
#. * day's desertions ("1st"): "A05 陈静 is away from the post (脱岗) at 10:15,
#. * deposit 定金.
#. * dismiss_after this month.
#. * early, the ordinal, the fine's sum.
#. * fine in yuan (50.00), %4$s the offence's code (argue), %5$s the time
#. * fines ("5.00 to 20.00").
#. * gbk, translate the placeholders (agent, time, text, day, n, seq, why, file, dir).
#. * gbk, translate the placeholders (dir, yyyy-mm, code, yuan, text, time, agent ...).
#. * holds, %3$lld the row's seq.
#. * in offences.csv (Chinese), %2$s the ordinal of the month's ("2nd").
#. * it is.
#. * its description (上班时间在销售接待区吃东西), then "…" when they are cut.
#. * late, %3$s the ordinal of the month's late arrivals and early leaves
#. * late_fine_cap of rules.csv (50.00); late_fine_cap as it is.
#. * month's early leaves ("2nd"): "; early 20 min (2nd early this month)".
#. * month's late arrivals ("2nd"): "; late 11 min (2nd late this month)".
#. * off: 病假, 轮休) or a code as the book writes it, %4$s the agent's code
#. * or code (argue), agent, %5$s %6$s when it happened (2026-11-20 08:29),
#. * ordinal of that day's desertions.
#. * ordinal of the month's ("1st"), %3$s the desert_fine of rules.csv (20.00).
#. * out, 次日分派), plan 跟进计划 (an appointment or planned contact), lost 战败
#. * past the largest amount and kept at it.
#. * phone, %6$s %7$s when (2026-11-17 18:30), recorded, how late.
#. * recorded, how late ("back-dated 93 min").
#. * row that rests on it (15), %3$s that row's event as the book writes it (out,
#. * rows %2$lld to %3$lld, %4$ld rows (always more than one), recorded on
#. * rule.
#. * sick ...), %4$s its day, %5$s the agent, %6$s what is wrong, %7$s the
#. * sick 病假, personal 事假, void 作废.
#. * signed in at 08:41, 3rd today".
#. * smoke (…)").
#. * the percentage deducted (50.00), %3$s the agent's daily_wage (140.00),
#. * this one.
#. * time, day, ordinal, %8$s the month (2026-10).
#. * wage.
#. * wrong ("already signed in at 08:12"), %6$s the rule ("one sign-in a
#. * 前台", %7$s how late ("back-dated 1 day").
#. * 跟进, handover 移交 (the manager gave the customer to another agent).
#. --date", "--list, --import and --void".
#. --follow", "an event".
#. --repair visits.csv".
#. --repair".
#. --table): the sales manager split it (--split: 经理分配).
#. 09:40", then " (a busy agent ...)", always all of them in this order: "nobody
#. 09:40), A05 (busy since 10:00)".
#. 138****5678.
#. 2026-11-16 at 10:02"), %4$s what else went with it, "" or " and its 2
#. A05 陈静).
#. FRONTDESK_USER.
#. Said in sentences such as "3rd time today"; zh_CN: "第 %ld".
#. TRANSLATORS: "" at the desk or "deals.csv:12: " in an import (keep it
#. TRANSLATORS: "" at the desk or "deals.csv:12: " in an import (keep it
#. TRANSLATORS: "" or "deals.csv:12: " (keep it first), then what was
#. TRANSLATORS: "" or "deals.csv:12: " (keep it first), then what was typed,
#. TRANSLATORS: "--at goes with an event": any of the events, not a listing.
#. TRANSLATORS: "--to takes a number from 1, not '0'"
#. TRANSLATORS: "name one %s"; the word before a comma or a bracket is said alone.
#. TRANSLATORS: %1$d the most days of leave (31), %2$s what was typed.
#. TRANSLATORS: %1$ld is the line of commissions.csv, %2$s its amount column.
#. TRANSLATORS: %1$lld is a later row that refers to row %2$lld, the one
#. TRANSLATORS: %1$lld.%2$02lld is the sum of the shares in per cent (90.00).
#. TRANSLATORS: %1$s "FILE:LINE: " of an import or nothing, %2$d days (31).
#. TRANSLATORS: %1$s "FILE:LINE: " of an import or nothing, %2$s the
#. TRANSLATORS: %1$s "FILE:LINE: " of an import or nothing, %2$s the time
#. TRANSLATORS: %1$s "FILE:LINE: " or nothing, %2$lld the row it
#. TRANSLATORS: %1$s %2$s the agent's code and name (A06 杨帆), %3$s the
#. TRANSLATORS: %1$s a masked phone, %2$s an agent ("A03 张敏").
#. TRANSLATORS: %1$s a masked phone, %2$s its owner ("A01 王伟"), %3$s
#. TRANSLATORS: %1$s a masked phone, %2$s its owner ("A01 王伟").
#. TRANSLATORS: %1$s a masked phone, %2$s the agent it was handed to by --assign
#. TRANSLATORS: %1$s a masked phone, %2$s the day it was recorded
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row ("visits.csv:12: "),
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row; %2$s its agent
#. TRANSLATORS: %1$s is "FILE:LINE: " of an imported row; %2$s its agent
#. TRANSLATORS: %1$s is a book ("visits.csv"), %2$g the seconds
#. TRANSLATORS: %1$s is a book ("visits.csv"), %2$lld the seq given.
#. TRANSLATORS: %1$s is a book, %2$s the clock's time, %3$s the last row's
#. TRANSLATORS: %1$s is a book, %2$zd the bytes written of %3$zu.
#. TRANSLATORS: %1$s is a book, %2$zu the row's bytes, %3$d the most a
#. TRANSLATORS: %1$s is a mode ("--void", or the default's
#. TRANSLATORS: %1$s is an option ("--date"), %2$s what was typed.
#. TRANSLATORS: %1$s is an option ("--month"), %2$s what was typed.
#. TRANSLATORS: %1$s is an option ("--void", "--to"), %2$s what it takes
#. TRANSLATORS: %1$s is an option's name, %2$s the options it needs
#. TRANSLATORS: %1$s is an option's name; %2$s what it goes with,
#. TRANSLATORS: %1$s is the agent code given to --handover, %2$s the name
#. TRANSLATORS: %1$s is the book given to --repair, %2$lld the
#. TRANSLATORS: %1$s is the customer's phone, masked (139****1111), %2$s the
#. TRANSLATORS: %1$s is the customer's phone, masked (139****1111), %2$s the
#. TRANSLATORS: %1$s is the customer's phone, masked (139****2222), %2$s the
#. TRANSLATORS: %1$s is the operand's name, its words before the first comma or
#. TRANSLATORS: %1$s is the phone as typed ("138 1234 567"), %2$s why it is
#. TRANSLATORS: %1$s the --fine as typed, %2$s the offence's code, %3$s its
#. TRANSLATORS: %1$s the --reason typed, %2$s the reasons of rule lost_reasons
#. TRANSLATORS: %1$s the agent ("A03 张敏"), %2$s the time (08:41),
#. TRANSLATORS: %1$s the agent ("A03 张敏"), %2$s the time (18:02).
#. TRANSLATORS: %1$s the agent ("A06 杨帆"), %2$s the day (2026-11-17).
#. TRANSLATORS: %1$s the agent ("A07 赵磊"), %2$g the days (0.5 or 1),
#. TRANSLATORS: %1$s the agent ("A07 赵磊"), %2$g the days (1.5 to 31),
#. TRANSLATORS: %1$s the event as typed (sick, personal), %2$s the detail
#. TRANSLATORS: %1$s the offence's code (other), %2$s its fines ("5.00 to
#. TRANSLATORS: %1$s the time it was typed (10:02), %2$s who typed it (前台).
#. TRANSLATORS: %1$s the words typed (吸烟), %2$zu how many offences hold them
#. TRANSLATORS: %1$s what was typed (argu), %2$s the codes close to it
#. TRANSLATORS: %1$s:%2$ld the book and its line (attendance.csv:812),
#. TRANSLATORS: %1$zd is the line's bytes, %2$d the most a row may
#. TRANSLATORS: %1$zu is the fields of the row, %2$zu the header's.
#. TRANSLATORS: %1$zu is the line's bytes, %2$d the most a row may have
#. TRANSLATORS: %d is the most shares a deal is split into (8).
#. TRANSLATORS: %lld is the row given to --void, itself a void row.
#. TRANSLATORS: %lld is the row given to --void.
#. TRANSLATORS: %s is "FILE:LINE: " of an imported row, or empty.
#. TRANSLATORS: %s is a book; the system's reason follows.
#. TRANSLATORS: %s is a book; the system's reason follows.
#. TRANSLATORS: %s is a book; the system's reason follows.
#. TRANSLATORS: %s is a book; the system's reason follows.
#. TRANSLATORS: %s is a column ("note") or an option ("--note"),
#. TRANSLATORS: %s is a column ("note"), an option ("--note") or
#. TRANSLATORS: %s is a file or directory; the system's reason follows.
#. TRANSLATORS: %s is a file; the system's reason follows.
#. TRANSLATORS: %s is a time column's value as the file holds it.
#. TRANSLATORS: %s is a time, 18:00 (said after an agent, as above).
#. TRANSLATORS: %s is a value typed without an option before it.
#. TRANSLATORS: %s is an agent code (A01).
#. TRANSLATORS: %s is an agent code named twice (A01).
#. TRANSLATORS: %s is an ordinal, 4th (第 4): the place in the rotation.
#. TRANSLATORS: %s is one share as typed (A01:60%); AGENT:PERCENT is its
#. TRANSLATORS: %s is the agent column of an imported row, as typed.
#. TRANSLATORS: %s is the agent column of an imported row, as typed; the
#. TRANSLATORS: %s is the agent given to both --handover and --to (A01
#. TRANSLATORS: %s is the agent of a share, as typed.
#. TRANSLATORS: %s is the book ("attendance.csv").
#. TRANSLATORS: %s is the book given to --repair.
#. TRANSLATORS: %s is the caller's phone, masked (139****1111).
#. TRANSLATORS: %s is the channel as typed (网络, 路过); the sources are rules.csv's.
#. TRANSLATORS: %s is the command that repairs it: "verify-journal
#. TRANSLATORS: %s is the customer's level as typed; the levels are rules.csv's.
#. TRANSLATORS: %s is the customer's name as typed (周女士).
#. TRANSLATORS: %s is the day typed after --next; the next contact
#. TRANSLATORS: %s is the deal id given to --void (HT-1101).
#. TRANSLATORS: %s is the directory given (-d or FRONTDESK_DATA).
#. TRANSLATORS: %s is the file imported; FILE:1: keeps its ASCII colons.
#. TRANSLATORS: %s is the manager's note, as typed.
#. TRANSLATORS: %s is the time column of an imported row, as typed.
#. TRANSLATORS: %s is the variable's value.
#. TRANSLATORS: %s is what the command's one operand is: "agent, by code or
#. TRANSLATORS: %s is what was typed after --at.
#. TRANSLATORS: %s lists options that go one at a time: "--at and
#. TRANSLATORS: %s says where the agent is (out since 09:40).
#. TRANSLATORS: %s says why a house rule refuses.
#. TRANSLATORS: %s the --at as typed (18:30).
#. TRANSLATORS: %s the --fine as typed.
#. TRANSLATORS: %s what was typed; other is a code, as it is.
#. TRANSLATORS: %zu is the line's bytes.
#. TRANSLATORS: --analysis's --table headings: the reason, agent, source or
#. TRANSLATORS: --assign with a caller to hand out and nobody
#. TRANSLATORS: --assign's --table headings: the caller's phone and name,
#. TRANSLATORS: --card --table: an agreed split of a deal's commission (分佣协议),
#. TRANSLATORS: --card's --table headings: when, the book, its row, the
#. TRANSLATORS: --card: %1$s the day due, %2$s the agent ("A01"), %3$s why
#. TRANSLATORS: --card: %1$s the owner ("A01 王伟"), %2$s the day of the
#. TRANSLATORS: --card: %s the owner ("A01 王伟"), held by a deposit.
#. TRANSLATORS: --card: nobody holds the customer now.
#. TRANSLATORS: --card: nothing makes a contact due.
#. TRANSLATORS: --card: recorded lost (战败) and not come again since.
#. TRANSLATORS: --card: the customer bought (成交: a sale or a rent) and
#. TRANSLATORS: --card: the customer's level (意向级别), H, or "none".
#. TRANSLATORS: --lookup --table column headings: the customer's phone, name,
#. TRANSLATORS: --lookup's status: a deposit (定金) holds the customer for
#. TRANSLATORS: --lookup's status: the registration holds, until the
#. TRANSLATORS: --lost's sentence (战败): %1$s the customer ("138****5678 陈杰"),
#. TRANSLATORS: --next's day, as given (2026-11-02).
#. TRANSLATORS: --plan's sentence: %1$s the agent ("A03 张敏"), %2$s the
#. TRANSLATORS: --summary's --table headings: the agent's code and name;
#. TRANSLATORS: -h: %s is the tool's SYNOPSIS, its lines after the first indented
#. TRANSLATORS: -v, an intact book: %1$s its name, %2$s its rows, %3$s
#. TRANSLATORS: FILE:LINE: keeps its ASCII colons.
#. TRANSLATORS: FILE:LINE: keeps its ASCII colons.
#. TRANSLATORS: FILE:LINE: keeps its ASCII colons.
#. TRANSLATORS: FRONTDESK_NOW is an environment variable; %s is its value.
#. TRANSLATORS: a --void refused.  %1$lld the row to void (12), %2$lld a later
#. TRANSLATORS: a back-dated item's rule text: %1$s the rule, %2$s
#. TRANSLATORS: a back-dated row in the lists: %1$s the book
#. TRANSLATORS: a commission rule: an outside referrer of referrers.csv brought
#. TRANSLATORS: a commission rule: nobody owned the customer, the closer takes it
#. TRANSLATORS: a commission rule: the agents' cooperation agreed before signing
#. TRANSLATORS: a commission rule: the closer received the owner's customer as the
#. TRANSLATORS: a commission rule: the closer registered another member of the
#. TRANSLATORS: a commission rule: the customer's owner closed the deal and takes
#. TRANSLATORS: a customer's gender in register-visit --list --table: male
#. TRANSLATORS: a customer's gender: female (女).
#. TRANSLATORS: a deal's --table column headings: the deal's id, the agent paid,
#. TRANSLATORS: a deposit (定金) from somebody's customer: %1$s is the
#. TRANSLATORS: a deposit (定金) taken from a customer nobody owned:
#. TRANSLATORS: a fine from %1$s to %2$s yuan (5.00, 20.00).
#. TRANSLATORS: a fine of at least %s yuan (2000.00).
#. TRANSLATORS: a flag of the month's summary: absent days in a row,
#. TRANSLATORS: a flag: %d rows behind the month were back-dated (补登).
#. TRANSLATORS: a flag: a late or early fine capped at late_fine_cap.
#. TRANSLATORS: a flag: an amount past the largest, kept at it.
#. TRANSLATORS: a flag: more rest days in a week than rest_days_per_week.
#. TRANSLATORS: a flag: the month's absent days reached
#. TRANSLATORS: a flag: the offence %s (argue, as it is) reached its
#. TRANSLATORS: a flag: the total past deduction_cap_pct of the month's
#. TRANSLATORS: a heading over idle, busy, away, gone, absent.
#. TRANSLATORS: a heading: 1 when owed or holding a make-up turn (补接).
#. TRANSLATORS: a heading: since when the agent is in that state (09:30).
#. TRANSLATORS: a heading: the agent's code (A01), 工号.
#. TRANSLATORS: a heading: the receptions counted as a turn (计入轮次).
#. TRANSLATORS: a list of codes and names in "did you mean A02 李娜, R01
#. TRANSLATORS: a meal break (轮流吃饭、休息): agent, time.
#. TRANSLATORS: a move (the manager's reordering) needs the agent in line.
#. TRANSLATORS: a new registration: %1$s is the phone, masked (139****1111),
#. TRANSLATORS: a register row's kind (register-visit --list --table): the
#. TRANSLATORS: a register row's kind: a phone enquiry (来电).
#. TRANSLATORS: a register row's kind: the manager handed the customer over to
#. TRANSLATORS: a register row's kind: the owner followed the customer up
#. TRANSLATORS: a register row's status (register-visit --list --table, --lookup):
#. TRANSLATORS: a register row's status, --lookup's and a commission rule: the
#. TRANSLATORS: a register row's status, and --lookup's: no registration, nobody
#. TRANSLATORS: a register row's status: the owner's own customer came again; the
#. TRANSLATORS: a register row's status: 撞单, another agent's customer came to
#. TRANSLATORS: a rule text: %1$d the month's desertions so far (3, 6 ...),
#. TRANSLATORS: a rule text: %1$s the leave ("sick leave, half a day"), %2$s
#. TRANSLATORS: a rule text: %s the absence_fine of rules.csv (100.00).
#. TRANSLATORS: a rule text: %s the absence_fine of rules.csv (100.00).
#. TRANSLATORS: a rule text: away from the post at %1$s (15:10), %2$s the
#. TRANSLATORS: a rule text: signed in at %1$s (08:35), %2$d minutes
#. TRANSLATORS: a rule, said in brackets after what breaks it.
#. TRANSLATORS: a rule, said in brackets after what breaks it.
#. TRANSLATORS: a state: away from the post (脱岗).
#. TRANSLATORS: a state: on a meal break (休息).
#. TRANSLATORS: a state: out on an errand (外出).
#. TRANSLATORS: a state: signed in and on the floor (在岗).
#. TRANSLATORS: a state: signed off for the day (已签退).
#. TRANSLATORS: a violation's rule text: %1$s the offence's description
#. TRANSLATORS: a visit by another agent (撞单): %1$s is the owner's agent code
#. TRANSLATORS: a visit by another agent (撞单): %1$s is the owner's agent code
#. TRANSLATORS: a visit by another agent (撞单): %s is the owner's agent code
#. TRANSLATORS: a visit by another agent (撞单): %s is the owner's agent code
#. TRANSLATORS: a visit by the owner: %1$s is the agent code (A01), %2$s the
#. TRANSLATORS: a visit by the owner: %1$s is the agent code (A01), %2$s the
#. TRANSLATORS: a visit by the owner: %1$s is the agent code (A01), %2$s the
#. TRANSLATORS: a visit by the owner: %s is the agent code (A01); a deposit
#. TRANSLATORS: a voided row in words: %1$s its agent, kind and key as the
#. TRANSLATORS: a voided row in words: %1$s its agent, kind and key as the
#. TRANSLATORS: active is a column of agents.csv and referrers.csv; yes and no
#. TRANSLATORS: added to "imported 3 rows into deals.csv, rows 5 to 7": %lld
#. TRANSLATORS: added to a new registration: %1$s is the agent code whose
#. TRANSLATORS: added to the sentence of a call: %1$s is the agent code
#. TRANSLATORS: added to the sentence of a call: %s is the agent code of
#. TRANSLATORS: added to the sentence of a follow-up given --level: %s is
#. TRANSLATORS: added to the sentence of a row linked to a household (同户):
#. TRANSLATORS: added to the sentence of a void of a deal, after the
#. TRANSLATORS: added to the sentence of register-visit --void: %1$s is the
#. TRANSLATORS: added to the sentence of register-visit --void: %1$s is the
#. TRANSLATORS: added to the sentence of register-visit --void: %s is the
#. TRANSLATORS: after "late_fine 2.00 × 2^5" in a rule text: %s the
#. TRANSLATORS: after "late_fine 2.00 × 2^60" in a rule text: the fine is
#. TRANSLATORS: after "next in line (round 1)".
#. TRANSLATORS: after FILE:LINE: of a header; %s is a column's
#. TRANSLATORS: after FILE:LINE: of a header; %s is a column's
#. TRANSLATORS: after FILE:LINE: of a header; %s is a column's name.
#. TRANSLATORS: after a sign-in; %d minutes late, %s the ordinal of this
#. TRANSLATORS: after a sign-off; %d minutes early, %s the ordinal of this
#. TRANSLATORS: after the above: %s the note the desk typed.
#. TRANSLATORS: after the above: the catalogue dismisses from
#. TRANSLATORS: after the agent ("A03 张敏"); %s a time (08:12).
#. TRANSLATORS: after the rotation's answer; %1$s is the owner's code (A02),
#. TRANSLATORS: after the rotation's answer; %s is a masked phone,
#. TRANSLATORS: after the rotation's answer; %s is the masked phone of the
#. TRANSLATORS: agent, time (18:02), day (2026-11-15).
#. TRANSLATORS: agent, time, %3$s the day when not today.
#. TRANSLATORS: agent, time, %3$s the day when not today.
#. TRANSLATORS: agent, time, %3$s the day when not today.
#. TRANSLATORS: agents.csv: an agent code, A03.
#. TRANSLATORS: agents.csv: an agent's code and name, A03 张敏.
#. TRANSLATORS: agents.csv: the agent code as the row holds it.
#. TRANSLATORS: an agent (A01 王伟) and where they are (free since 09:30).
#. TRANSLATORS: an agent (A01 王伟) and where they are (signed off at 18:00).
#. TRANSLATORS: an agent (A01 王伟), the time the reception began (09:05)
#. TRANSLATORS: an agent (A03 张敏) and where they are (busy since 09:41).
#. TRANSLATORS: an agent's code (A01) and where they are (busy since 09:05):
#. TRANSLATORS: an agent's code and name, A08 黄丽华: agents.csv says active
#. TRANSLATORS: an agent's state in next-agent --queue --table: in line and free,
#. TRANSLATORS: an agent's state in the day's sign-in list: not signed in
#. TRANSLATORS: an agent's state: not signed in today (未签到).
#. TRANSLATORS: an agent's state: off the floor for a while, out on an errand
#. TRANSLATORS: an agent's state: receiving a customer now (接待中).
#. TRANSLATORS: an agent's state: signed off for the day (已签退).
#. TRANSLATORS: an import's back-dated rows: %1$s the book (attendance.csv),
#. TRANSLATORS: an item of the month's fines: a late arrival (迟到).
#. TRANSLATORS: an item: a deduction for personal leave (事假).
#. TRANSLATORS: an item: a deduction for sick leave (病假).
#. TRANSLATORS: an item: an early leave (早退).
#. TRANSLATORS: an item: away from the post (脱岗).
#. TRANSLATORS: an item: the desertions of a month counted as an absent day.
#. TRANSLATORS: an offence in a list: its code (eat), then %.*s the first words of
#. TRANSLATORS: an ordinal ending in 1, "1st", "21st": %ld is the number.
#. TRANSLATORS: an ordinal ending in 2, "2nd", "22nd": %ld is the number;
#. TRANSLATORS: an ordinal ending in 3, "3rd", "23rd": %ld is the number;
#. TRANSLATORS: any other ordinal, "4th", "11th", "12th": %ld is the
#. TRANSLATORS: as above, %3$s the day it was recorded (2026-11-03).
#. TRANSLATORS: as above, at a day and a time: book, row, event (in: 签到)
#. TRANSLATORS: as above, back-dated to another day: agent, time,
#. TRANSLATORS: as above, dated %8$s to %9$s (2026-12-01, 2026-12-30).
#. TRANSLATORS: as above, in an earlier month: code, name, yuan, offence,
#. TRANSLATORS: as above, on another day: agent, time, day (2026-11-15),
#. TRANSLATORS: as above, on another day: code, name, yuan, offence, time,
#. TRANSLATORS: as above, signed off at %1$s (17:40), %2$d minutes
#. TRANSLATORS: as above, with %5$s the customer's phone (138****5678):
#. TRANSLATORS: as the sick leave above: agent, days (0.5 or 1), day.
#. TRANSLATORS: as the sick leave above: agent, days, first day, last day.
#. TRANSLATORS: attendance.csv's events named in a sentence after the agent
#. TRANSLATORS: attendance.csv:%1$ld its line, %2$lld the row's seq,
#. TRANSLATORS: between options of a list, "--a, --b and --c";
#. TRANSLATORS: between the flags of the summary (连续旷工、补登 61 行).
#. TRANSLATORS: between the items of a list (argue, argu).
#. TRANSLATORS: book, row, kind (visit, deposit), agent, %5$s the customer's
#. TRANSLATORS: calendar.csv: a date, 2026-10-01.
#. TRANSLATORS: calendar.csv: status is its column, closed and open
#. TRANSLATORS: calendar.csv: the date column as the row holds it.
#. TRANSLATORS: daily_wage, sales_target, rent_target: columns of agents.csv.
#. TRANSLATORS: deals.csv's kinds in a sentence: sale 成交 (a purchase), rent 出租,
#. TRANSLATORS: detail is the column's name; %1$d and %2$d are bytes.
#. TRANSLATORS: every usage error: %1$s is the refusal ("--note needs --void"),
#. TRANSLATORS: floor.csv's events in a sentence: receive 接待 (an agent took a
#. TRANSLATORS: floor.csv:12: then the values of the row's columns event,
#. TRANSLATORS: follow_days: a level of rule levels, a colon and days.
#. TRANSLATORS: followups.csv's events in a sentence: assign 分派 (a caller handed
#. TRANSLATORS: free, waiting for a customer; %s is a time, 09:30.
#. TRANSLATORS: how refusals name attendance-fine without a mode.
#. TRANSLATORS: how refusals name follow-up without a mode (跟进提醒).
#. TRANSLATORS: how refusals name sign-in without a mode, where a mode is named.
#. TRANSLATORS: instead of the description of a code since removed.
#. TRANSLATORS: night duty (值班): %1$s the agent ("A02 李娜"), until
#. TRANSLATORS: offence:%1$s is a flag of the summary, as it is (offence:
#. TRANSLATORS: offences.csv's dismiss_after column; %s as the row holds it.
#. TRANSLATORS: offences.csv's fine column; %s as the row holds it.
#. TRANSLATORS: offences.csv: %s the code as the row holds it.
#. TRANSLATORS: on a meal break (休息); %s is a time, 12:00.
#. TRANSLATORS: on a meal break (休息); %s is a time, 12:00.
#. TRANSLATORS: on stderr beside a CSV listing; %s one row's line.
#. TRANSLATORS: one line of --handover per customer: %1$s the phone,
#. TRANSLATORS: one line of --handover per customer: %1$s the phone,
#. TRANSLATORS: out on an errand (外出); %s is a time, 09:40.
#. TRANSLATORS: out on an errand (外出); %s is a time, 09:40.
#. TRANSLATORS: party: how many people came with the customer (--party).
#. TRANSLATORS: printed after "usage: "; the lines after the first line up under
#. TRANSLATORS: printed after "usage: "; translate the placeholders (dir, agent,
#. TRANSLATORS: printed after "usage: "; translate the placeholders (dir, id,
#. TRANSLATORS: receiving a customer; %s is a time, 09:33.
#. TRANSLATORS: recorded %ld days after the day it happened (补登).
#. TRANSLATORS: recorded %ld minutes after it happened (补登).
#. TRANSLATORS: referrers.csv: a referrer code, QD01.
#. TRANSLATORS: referrers.csv: a referrer's code and name (QD01 世纪地产),
#. TRANSLATORS: referrers.csv: a referrer's code and name, QD01 世纪地产.
#. TRANSLATORS: referrers.csv: kind is its column, channel, staff and other
#. TRANSLATORS: referrers.csv: the referrer code as the row holds it.
#. TRANSLATORS: rule keys of rules.csv: the day's start, end, and the end of
#. TRANSLATORS: rules.csv: a level named by rule follow_days (H) that rule
#. TRANSLATORS: rules.csv: a rule key, late_fine.
#. TRANSLATORS: rules.csv: the key as the row holds it.
#. TRANSLATORS: rules.csv: the rule key (late_fine), what its value must
#. TRANSLATORS: said after an agent (A03 张敏 ...) whose floor row would not
#. TRANSLATORS: since is a column of agents.csv; %s is the value the row
#. TRANSLATORS: the --note typed, at the end of a desk's sentence.
#. TRANSLATORS: the --table headings of --summary (the CSV header stays).
#. TRANSLATORS: the --table headings of sign-in --list (the CSV header stays).
#. TRANSLATORS: the --table headings of the items (the CSV header stays).
#. TRANSLATORS: the SYNOPSIS after "usage: "; keep the command, the options and
#. TRANSLATORS: the SYNOPSIS after "usage: "; keep the command, the options and
#. TRANSLATORS: the SYNOPSIS after "usage: "; keep the command, the options and
#. TRANSLATORS: the SYNOPSIS that -h prints after "usage: ": placeholders
#. TRANSLATORS: the agent (A01 王伟), the time now (09:30), the minutes the
#. TRANSLATORS: the agent (A02 李娜), when the reception began (09:33) and
#. TRANSLATORS: the agent (A03 张敏) and the new place in line (1).
#. TRANSLATORS: the agent (A03 张敏), the new place in line (1) and the
#. TRANSLATORS: the agent's code (A01) and the floor.csv row of their later
#. TRANSLATORS: the agents passed over, each code with where they are
#. TRANSLATORS: the attendance row being voided (443); the floor row (5), its event
#. TRANSLATORS: the chart's key; the page is bilingual in English
#. TRANSLATORS: the column headings of next-agent --queue --table: a place in
#. TRANSLATORS: the commission rule that decided a deal (assign-commission
#. TRANSLATORS: the customer's masked phone (138****5678) and the agent who
#. TRANSLATORS: the customer's masked phone (138****5678), the agent who owns
#. TRANSLATORS: the day and the time it was typed (2026-11-18 09:00), who.
#. TRANSLATORS: the default mode in usage errors: "--claim goes with asking whose
#. TRANSLATORS: the default mode, as refusals name it: "--verbose goes with a
#. TRANSLATORS: the default mode, as usage errors name it: "a deal needs --deal".
#. TRANSLATORS: the default mode, as usage errors name it: "a visit needs --agent".
#. TRANSLATORS: the due list's --table headings: the agent's code and name,
#. TRANSLATORS: the due list's why: a caller handed out by --assign (次日分派).
#. TRANSLATORS: the due list's why: an appointment or contact planned with --plan
#. TRANSLATORS: the due list's why: the level's days since the last contact passed
#. TRANSLATORS: the due list's why: the registration lapses within rule
#. TRANSLATORS: the end of a desk's sentence: "; back-dated 93 min".
#. TRANSLATORS: the end of every desk sentence: the seq of the row it wrote,
#. TRANSLATORS: the first %s is "" at the desk or "deals.csv:12: " in an
#. TRANSLATORS: the headings of --heads --table (CSV keeps the names): the
#. TRANSLATORS: the item of a violation: %s the offence's code (argue), as
#. TRANSLATORS: the item of an absent day, fined (旷工); not the state of
#. TRANSLATORS: the last free agent in line, A01 王伟 (义务接待).
#. TRANSLATORS: the last join of "--list, --import or --void"; zh_CN: " 或 ".
#. TRANSLATORS: the last join of a list of options, "--a, --b and --c", said in
#. TRANSLATORS: the leave of a rule text; then its deduction.
#. TRANSLATORS: the line of floor.csv and the agent code it holds.
#. TRANSLATORS: the masked phone of the customer who brought the new one
#. TRANSLATORS: the month's commission statement, --table column headings:
#. TRANSLATORS: the note of the seed's rule on a half day of leave.
#. TRANSLATORS: the operand of --agree, as usage errors name it: "name one list of
#. TRANSLATORS: the page's title: what it is, then the first and last day
#. TRANSLATORS: the reception recorded: the agent (A01 王伟), then why (next
#. TRANSLATORS: the refusal of two modes at once (--out --back).
#. TRANSLATORS: the second line of a follow-up given --next: %s is the day
#. TRANSLATORS: the sentence of every --import: %1$zu rows, %2$s the
#. TRANSLATORS: the sentence of every --void: %1$lld is the row voided,
#. TRANSLATORS: then each agent in line, " A01 busy since 09:05", ", A02 out since
#. TRANSLATORS: verify-journal, after FILE:LINE: ; %s is the seq column's
#. TRANSLATORS: verify-journal: %1$lld is the row's seq, %2$lld
#. TRANSLATORS: verify-journal: %1$lld is the row's seq, %2$lld
#. TRANSLATORS: verify-journal: %1$s is this row's recorded_at,
#. TRANSLATORS: verify-journal: %lld is the seq the ref column names.
#. TRANSLATORS: verify-journal: %lld is the seq the ref column names.
#. TRANSLATORS: verify-journal: %lld is the seq the ref column names.
#. TRANSLATORS: verify-journal: %s is the recorded_at column's value.
#. TRANSLATORS: verify-journal: %s is the ref column's value.
#. TRANSLATORS: verify-journal: %s is the time column's value.
#. TRANSLATORS: violations.csv:%1$ld its line, %2$s the agent's code the row
#. TRANSLATORS: violations.csv:%1$ld its line, %2$s the fine the row holds.
#. TRANSLATORS: visit, call and follow are the values of the kind column.
#. TRANSLATORS: visits.csv's kinds in a sentence: visit 来访, call 来电, follow
#. TRANSLATORS: what --void takes, said in "--void takes the seq of a
#. TRANSLATORS: what a rule's value must be, said as "work_start is a time HH:MM,
#. TRANSLATORS: what an agent's day is, after the agent ("A03 张敏 is on sick leave").
#. TRANSLATORS: what an operand is, as refusals name it: "no file goes with
#. TRANSLATORS: what was typed (A3), then the agents close to it (A03 张敏,
#. TRANSLATORS: what was typed as an agent's code or name.
#. TRANSLATORS: where an agent is, said after the agent ("A02 李娜 is ...")
#. TRANSLATORS: whose turn it is: the agent (A01 王伟), then why (next in line
#. TRANSLATORS: why a floor row needs what its agent lacks: a reception
#. TRANSLATORS: why an agent receives a walk-in: "A01 王伟 — next in line
#. TRANSLATORS: why the duty agent receives the owner's customer; %1$s is the owner
#. TRANSLATORS: 外出: %1$s the agent ("A04 刘洋"), %2$s a time.
#. TRANSLATORS: 脱岗: %1$s the agent, %2$s the time, %3$s the ordinal of the
#. TRANSLATORS: 脱岗; %s is a time, 10:15.
#. TRANSLATORS: 脱岗; %s is a time, 10:15.
#. TRANSLATORS: 返回: %1$s the agent ("A04 刘洋"), %2$s a time.
#. a customer nobody had registered, now registered to the agent (新客户).
#. a phone: a customer who brought a friend (老带新) is received by
#. a row of agreements.csv.
#. again to whoever registers them or closes the deal.
#. agent code (A01), %3$s the new last day of the registration (2026-12-06).
#. agent code (A01); a deposit (定金) holds the customer.
#. agent code, name, sales credited to the agent (their shares of the month's
#. agent who held them (A01 王伟), %5$s and %6$s the agent who holds
#. agent who held them (A01 王伟), %5$s and %6$s the agent who holds
#. agent's active column in agents.csv says no.
#. aligned under the first command.
#. all (新客户).
#. amount as typed (--amount).
#. and last row written, %5$s what the tool adds: "" or ", with 3
#. and the floor.csv row that recorded it.
#. and why they were not there (has not signed in); the rule it breaks (a reception
#. another agent (客户移交).
#. another customer: 条例 3, 6)".
#. are its values; %s is the value the row holds.
#. as the book or the command line names it.
#. be (yuan, like 20 or 20.50) and the value the row holds.
#. book ("attendance.csv"), %3$lld and %4$lld the seqs of the first
#. book writes them ("A03 张敏 out", "visit 138****5678"), %2$s its day
#. book writes them ("D1001 sale 138****5678"), %2$s its day (2026-11-16),
#. book, its rows, its head (the chain of its last row).
#. bracket ("agent", "file"); %2$s the modes that take none: "the listing or --void",
#. by name", "list of shares, e.g. A01:50,A02:50".
#. bytes moved, %3$s the book again: FILE.torn is where they went.
#. check".
#. closer (A07 赵磊).
#. column, as typed.
#. column, as typed; the agent's active column in agents.csv says no.
#. command, the options or gbk.
#. command, the options or the literal values (M|F, gbk), and keep the lines
#. command, the options or the literal values (sale|rent|deposit, gbk), and keep
#. commission rows", %5$s the --note typed.  The void row's own " (row 42)"
#. commission rows".
#. customer ("138****5678 陈杰"), %3$s the day; the row follows.
#. customer ...: " or "brought by ...: ".
#. customer came to the showroom (来访).
#. customer who brought the new one, 138****5678.
#. customer's phone, masked (139****1111), %2$s the agent code who owns them
#. customer's phone, masked (139****1111), %2$s the agent code who owns them
#. customer's phone, masked (139****1111); %3$s the agent code of their owner.
#. customer's phone, masked (139****1111); nobody holds a valid registration
#. customer's phone, masked (139****2222); %3$s their owner (A04 刘洋); %4$s and
#. customer's registration had lapsed (条例 13: 登记失效), so they are new
#. customers held at the month's end; contacts that fell due; met on time;
#. day in the column before (有效, 保护期内).
#. day of the registration (2026-12-06).
#. day of the registration, %3$s the new last day of it (2026-12-06).
#. day of the registration; a deposit (定金) holds the customer.
#. deal id (DJ-0042), %2$s the customer's phone, masked (150****6666),
#. deal id (HT-1102); %3$lld its row in deals.csv.
#. deal in brackets: "voided row 1 of deals.csv (...) and its 2 commission
#. due, the registration's last valid day, why due.
#. duty agent (义务接待, 条例 3, 9); the two share it.
#. either of them: "--record and --void", "a visit, --call and
#. first), then a referrer's code and name, QD01 世纪地产.
#. first), then an agent's code and name, A08 黄丽华.
#. follows says who receives them.
#. follows, " (row 3)".
#. follows.
#. form: an agent, a colon, a per cent above 0 and at most 100.
#. gbk, translate the placeholders (dir, agent, day, n, phone, text, reason, seq,
#. good (已交定金).
#. handed out (次日分派); called back.
#. has not come again since.
#. have (4096).
#. holds.
#. import (keep it first, with nothing before it), the second what was
#. in brackets: "next in line (round 1); skipped A04 (out since
#. in line (round 1); ...); " (row 12)" follows.
#. is free: A01 busy since 09:05, A02 out since 09:40 (a busy agent is never given
#. is how many rows of commissions.csv the deals added.
#. it all (归属顾问).
#. it.  Translate the placeholders (dir, phone, agent, why, n, seq), not the
#. its values; %s is the value the row holds.
#. its values; %s is the value the row holds.
#. kind as typed; sale, rent and deposit are the values of --kind.
#. lapse_warn_days (即将流失).
#. level; the customers lost (战败) and lapsed (流失); their share, %.
#. levels does not list.
#. line, an agent's code, name, state (idle, busy, away...), since when, how many
#. lost, %3$lld the row.
#. manager's note as typed.
#. masked (139****1111), %2$s the customer's name, %3$s and %4$s the
#. masked (139****1111), %2$s the customer's name, %3$s and %4$s the
#. met late; registrations lapsed (流失); customers lost (战败); callers
#. name ("phone").
#. name as the file has it.
#. needs its agent on the floor); the floor row again, twice.
#. new last day of the registration (2026-12-06).
#. next-agent --referred-by, and paid nothing.
#. night duty.
#. no (left the office, 离职/停用).
#. not '8点'"; the values none, yes, no, duty, rotation, cn and any stay.
#. now, %3$s the last day of the registration (2026-12-06).
#. now, held by a deposit (定金).
#. number; zh_CN: "第 %ld".
#. of the customer's owner (A01), %2$s the last day of the registration
#. of the next contact or appointment (2026-11-20); the row of followups.csv
#. of them now, the next visit registers them (新客户).
#. or --follow --next (预约).
#. or in brackets after a code ("skipped A04 (...)"), as the next six.
#. owner (agent code), day registered, day last seen, last day the
#. owner and the closer share the deal.
#. owner's customer's household (同户, 共单, 条例 2); the two share it.
#. owns the customer: a call (来电), a visit without a phone, or (--lookup) only
#. owns them (A02); what follows says who receives them.
#. phone given as the household (--household), masked (139****1111).
#. phone, closer, yuan, who, agent:pct, why, text, deal, file, yyyy-mm), not the
#. phone, name, unit, address, text, level, source, who, n, day, seq, file), not the
#. reason, counted and ref (receive, rotation, 1, "").
#. receives the new customer.
#. reception took (25).
#. reception, twice.  "done" is the event of the row being voided: the end of a
#. reception.
#. receptions today, how many counted as a turn, owed a make-up turn (补接).
#. recorded_at, %4$s the same again: the time the new row is recorded at.
#. refused ("a mobile has 11 digits (phone_plan cn)").
#. registration holds, status, number of visits, the latest level given
#. registration is renewed (老客户).
#. registration lapsed (A02), %2$s the first day it no longer held.
#. registration, %3$s its last valid day.
#. rents; the total commission.
#. row may have (4096).
#. row's event, its agent, the rest of the row.
#. row, not 'x'".
#. rows: NOTE (row 10)"; %zu is how many rows of commissions.csv went with it.
#. sales), their sales target, the commission on what passes it; the same for
#. shares as agreements.csv keeps them (A04:50.00,A06:50.00).
#. shares, e.g. A01:50,A02:50"; "no list of shares goes with --void" takes its
#. signed in.
#. stand, as the next three; they take a time, 09:40.
#. such rows (未登记).
#. the agent they were handed to, the day the call back is due.
#. the chain of its last row (64 hex digits), the head to keep.
#. the customer and takes the commission (推荐人, 渠道).
#. the customer's level after the contact (H, A, B; 追踪后级别).
#. the customer's owner (A01), held by a deposit (定金).
#. the customer's phone and name, level (意向级别), last contact, the day
#. the customer's phone, masked (139****1111).
#. the customer's phone, masked (139****1111).
#. the first of the list after "nobody is free:" (" %s %s"), then each of
#. the lines aligned under the first command.
#. the manager's note (快递员送件): the visitor was a courier, a scout.
#. the others (", %s %s").
#. the registration's last valid day.
#. the seq due there.
#. the seq due there.
#. their share in per cent, their amount in yuan, the rule that decided
#. them (A02) and the last day of the registration (2026-11-30); what
#. them now, %7$s the last day of the registration, unchanged.
#. them now; a deposit (定金) holds the customer for good.
#. then an agent's code and name (A03 张敏).
#. this one; the first registration wins (条例 12).  Also a commission rule: the
#. to stand under the first line's command.
#. to the household (意向级别).
#. to void; %3$lld is %1$lld again.
#. translated, option names and gbk as they are, lines lined up.
#. turn it is".
#. typed (世纪地铲), the last the agents and referrers close to it: QD01
#. typed.
#. value.
#. visits:12;floor:3, said as it is).
#. waited for it (10).
#. waiting for a customer (空闲).
#. why) and keep the lines aligned under the first command.
#. with the space before it; zh_CN: "（第 %lld 行）\n".
#. words before the first comma or bracket (",", "(", "，", "（").
#. words: "a visit", "a sign-in"), %2$s an option's name.
#. zh_CN: "、", as ", " is.
#. zh_CN: "、".
#. zh_CN: "第 %ld".
#. zh_CN: "第 %ld".
#. 世纪地产, A02 李娜.
#. 世纪地产?": the list so far (A02 李娜), then the next code and name.
#. 王伟).
msgctxt "count"
msgctxt "count"
msgctxt "count"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "event"
msgctxt "fine item"
msgid " %s %s"
msgid " (%s)"
msgid " (a busy agent is never given another customer: 条例 3, 6)"
msgid " (row %lld)\n"
msgid " (the registration of %s lapsed on %s: 条例 13)"
msgid " and "
msgid " and its %zu commission row"
msgid " is past the largest amount: saturated"
msgid " or "
msgid ""
msgid ""
msgid ""
msgid ""
msgid ""
msgid ""
msgid ""
msgid ""
msgid ""
msgid ""
msgid "%d desertions this month count as one absent day: absence_fine %s (第二部分 一.6: 每月累计三次者按旷工一次处理)"
msgid "%ldnd"
msgid "%ldrd"
msgid "%ldst"
msgid "%ldth"
msgid "%s %s fined %s yuan for %s at %s on %s, the %s time in %s"
msgid "%s %s fined %s yuan for %s at %s on %s, the %s time this month"
msgid "%s %s fined %s yuan for %s at %s, the %s time this month"
msgid "%s %s handed over from %s %s to %s %s: deposit paid, held for good (客户移交)"
msgid "%s %s handed over from %s %s to %s %s: valid until %s (客户移交)"
msgid "%s %s to %s"
msgid "%s (%.*s%s)"
msgid "%s (%s -h shows the usage)"
msgid "%s has a rest day on %s"
msgid "%s has no row %lld"
msgid "%s has two shares"
msgid "%s holds a line break: a row is one line"
msgid "%s is %s"
msgid "%s is %s, not '%s'"
msgid "%s is away from the post (脱岗) at %s on %s, %s time that day"
msgid "%s is away from the post (脱岗) at %s, %s time today"
msgid "%s is back at %s on %s"
msgid "%s is back at %s"
msgid "%s is fined %s yuan (offences.csv): give the amount with --fine"
msgid "%s is free at %s after %ld min with the customer"
msgid "%s is in the future: an offence is recorded after it happened"
msgid "%s is listed twice"
msgid "%s is not in line today (%s)"
msgid "%s is not receiving anyone (%s)"
msgid "%s is not valid UTF-8"
msgid "%s is on a break at %s on %s"
msgid "%s is on a break at %s"
msgid "%s is on night duty until %02d:%02d"
msgid "%s is on personal leave for %g day, on %s"
msgid "%s is on personal leave for %g days, %s to %s"
msgid "%s is on sick leave for %g day, on %s"
msgid "%s is on sick leave for %g days, %s to %s"
msgid "%s is out at %s on %s"
msgid "%s is out at %s"
msgid "%s leave needs its days in halves in detail, not '%s'"
msgid "%s moved to position %d by the manager (条例 4)"
msgid "%s moved to position %d by the manager (条例 4): %s"
msgid "%s needs --%s"
msgid "%s of %s recorded lost (%s): no follow-up is due until they come again"
msgid "%s on %s at %s"
msgid "%s on %s at %s, %s yuan"
msgid "%s plans the next contact with %s on %s"
msgid "%s receives the customer — %s"
msgid "%s row %lld: %s by %s at %s %s, %s: %s"
msgid "%s row %lld: %s by %s of %s at %s %s, %s: %s"
msgid "%s row %lld: %s by %s of %s on %s, %s: %s"
msgid "%s row %lld: %s by %s on %s, %s: %s"
msgid "%s rows %lld to %lld: %ld rows recorded at once on %s %s by %s, dated %s to %s"
msgid "%s rows %lld to %lld: %ld rows recorded at once on %s %s by %s, dated %s"
msgid "%s signed in at %s on %s, %s that day"
msgid "%s signed in at %s, %s today"
msgid "%s signed off at %s on %s"
msgid "%s signed off at %s"
msgid "%s takes %s, not '%s'"
msgid "%s takes a date YYYY-MM-DD, not '%s'"
msgid "%s takes a month YYYY-MM, not '%s'"
msgid "%s to %s"
msgid "%s — %s\n"
msgid "%s%s is in the future: only leave is entered ahead"
msgid "%s'%s' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)"
msgid "%s, %s %s"
msgid "%s: %s %% of daily_wage %s (第二部分 一.4%s)"
msgid "%s: cannot cut the failed write back"
msgid "%s: cannot cut the torn line"
msgid "%s: cannot undo the rows just written"
msgid "%s: fsync"
msgid "%s: lock"
msgid "%s: locked by another desk for %g s, try again"
msgid "%s: moved the torn last line (%lld bytes) to %s.torn\n"
msgid "%s: no such data directory"
msgid "%s: not a journal: --repair cuts only a journal's torn last line"
msgid "%s: not a regular file"
msgid "%s: nothing to repair: no torn last line\n"
msgid "%s: ok, %s row, head %s\n"
msgid "%s: short write (%zd of %zu bytes): disk full?"
msgid "%s: the clock reads %s, before the last row's %s: recorded at %s"
msgid "%s: the commission is too large to represent"
msgid "%s: the row would be %zu bytes, over %d: shorten the text"
msgid "%s: the walk-in received at %s was no customer (%s): not counted, back to the place they had"
msgid "%s: write"
msgid "%s:%ld: event '%s' with detail '%s' is not one the book writes"
msgid "%s:%ld: event '%s' with reason '%s', counted '%s' and ref '%s' is not one the book writes"
msgid "%s:%ld: not GBK (GB18030) text"
msgid "%s:%ld: not valid UTF-8 (a file saved by a Chinese Excel is GBK: give --encoding gbk)"
msgid "%s:%ld: the last row is damaged (see verify-journal)"
msgid "%s:1: empty file: the header is missing"
msgid "%s; %s: recorded at %s"
msgid "%s; %s: recorded on %s"
msgid "%s; the %s time this month"
msgid "%sa deal needs an id, and no field holds a line break"
msgid "%sinactive agent '%s'"
msgid "%skind is sale, rent or deposit, not '%s'"
msgid "%sleave is entered at most %d day ahead or behind"
msgid "%srefused: %s has no valid registration: only the owner's follow-up renews a registration (四.7, 条例 13)"
msgid "%srefused: %s is %s's customer (%s row %lld) and no reception (floor.csv) or register row (visits.csv) shows %s served them: the manager decides with --split (抢客户: 四.6, 四.10, 四.11, 条例 9)"
msgid "%srefused: %s is not in the register: a household links to a registered customer (四.7)"
msgid "%srefused: %s is registered to %s: a customer of one agent does not join another's household (first registration wins, 条例 12)"
msgid "%srefused: %s is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)"
msgid "%srefused: agent %s %s is not active (agents.csv)"
msgid "%srefused: deal '%s' is recorded already (deals.csv row %lld): void it first"
msgid "%srefused: it clashes with row %lld (%s on %s): %s %s (%s)"
msgid "%srefused: on %s %s %s (%s)"
msgid "%srefused: referrer %s %s is not active (referrers.csv)"
msgid "%sthe phone is not a phone number: %s"
msgid "%sunknown agent '%s'"
msgid "%sunknown referrer '%s': a customer who brings a friend is no paid referrer (next-agent --referred-by, 001 (2) 三)"
msgid "%sunknown referrer '%s': did you mean %s?"
msgid "%sunknown referrer '%s': neither agents.csv nor referrers.csv lists anyone like that"
msgid "%zu fields where the header has %zu"
msgid "'%s' is not AGENT:PERCENT"
msgid "'%s' is not a code in offences.csv (an unlisted offence is 'other')"
msgid "'%s' is not a code in offences.csv: did you mean %s? (an unlisted offence is 'other')"
msgid "'%s' is not a date YYYY-MM-DD"
msgid "'%s' is not a phone number: %s"
msgid "'%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)"
msgid "'%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS], 2026/11/9 8:21 or RFC 3339)"
msgid "'%s' is not a time, or it is in the future"
msgid "'%s' is not an agent of agents.csv"
msgid "'%s' matches %zu offences: %s: give the code"
msgid "'chain' must be the last column"
msgid "(no longer in offences.csv)"
msgid "(none)"
msgid ", "
msgid ", %s %s"
msgid ", %s (%s)"
msgid ", a make-up turn (补接)"
msgid ", capped at late_fine_cap %s"
msgid ", with %lld commission row"
msgid "--%s goes with %s"
msgid "--%s needs %s"
msgid "--back ends an --out, a --break or a --desert"
msgid "--back first"
msgid "--by is reason, agent, source or level, not '%s'"
msgid "--by is slot, agent or source, not '%s'"
msgid "--days is a number of days in halves, 0.5 to %d, not '%s'"
msgid "--encoding is for CSV and tables; the page is UTF-8"
msgid "--encoding is utf-8 or gbk, not '%s'"
msgid "--fine %s does not fit %s: it is fined %s yuan (offences.csv)"
msgid "--fine is yuan, like 20 or 20.50, not '%s'"
msgid "--format is csv, table or html, not '%s'"
msgid "--next %s is before today: a plan is for a day to come"
msgid "--next: %s is in the past: the next contact is today or a day to come"
msgid "--reason '%s' is not one of rule lost_reasons: %s"
msgid "--table is for people, --excel for spreadsheets: give one"
msgid "--table, --excel and --encoding go with %s"
msgid ": dismissal threshold"
msgid ": never interrupt a reception (条例 3, 6)"
msgid ": 不满半天按半天计"
msgid "; %s has no valid registration: a new walk-in"
msgid "; %s is %s, so the customer goes by rotation (returning_fallback)"
msgid "; %s is now %s's, deposit paid"
msgid "; %s is now %s's, valid until %s"
msgid "; %s is now nobody's (the next visit registers them)"
msgid "; %s"
msgid "; dismissal threshold reached (offence:%s, from the %s)"
msgid "; early %d min (%s early this month)"
msgid "; household of %s (四.7)"
msgid "; late %d min (%s late this month)"
msgid "; level now %s (追踪后级别)"
msgid "; nobody else is free either"
msgid "; note: %s"
msgid "; now %s in line"
msgid "; skipped %s (%s)"
msgid "; skipped while away or busy: a make-up place at the end of those not yet served (补接一次, 条例 1)"
msgid "; the customer is %s's, deposit paid"
msgid "; the customer is %s's, valid until %s"
msgid "; the duty agent is %s"
msgid "; the referrer %s has paid no deposit: a new walk-in (条例 1)"
msgid ";"
msgid "F"
msgid "FRONTDESK_LOCK_TIMEOUT: '%s' is not a number of seconds: waiting 10"
msgid "FRONTDESK_NOW: '%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)"
msgid "M"
msgid "NUL byte in the line"
msgid "U+%04X cannot be written in %s"
msgid "a byte order mark (U+FEFF) starts the line"
msgid "a byte order mark before the header: a journal has none"
msgid "a call needs a source"
msgid "a call needs the customer's phone"
msgid "a carriage return splits the row"
msgid "a check"
msgid "a customer is not their own household"
msgid "a deal"
msgid "a deposit pays no commission: --split goes with a sale or a rent"
msgid "a follow needs the customer's phone"
msgid "a landline has 7 to 12 digits (phone_plan cn)"
msgid "a list of distinct names separated by commas"
msgid "a list of level:days separated by commas, like H:2,A:4"
msgid "a mobile has 11 digits (phone_plan cn)"
msgid "a move needs its agent in line"
msgid "a number from 1"
msgid "a number of days from 0 to 366"
msgid "a percentage from 0 to 100 with at most two decimals"
msgid "a phone has 7 to 15 digits (phone_plan any)"
msgid "a quoted field holds a carriage return: a row is one line"
msgid "a reception needs its agent on the floor"
msgid "a sign-in"
msgid "a time HH:MM"
msgid "a visit needs a name and a source"
msgid "a visit"
msgid "a void row without ref: it cancels no row"
msgid "a whole number from 0 to 10000"
msgid "absent"
msgid "absent"
msgid "absent-consecutive"
msgid "absent-month"
msgid "absent_days"
msgid "active is yes or no, not '%s'"
msgid "address"
msgid "agent %s %s is listed twice"
msgid "agent %s has no name"
msgid "agent code '%s' must be letters, digits, - or _"
msgid "agent"
msgid "agent, by code or by name"
msgid "agreement on %s recorded: %s (合作分成, 五.4); it applies to deals from now on"
msgid "agreement"
msgid "already registered to %s on %s, who took a deposit: first registration wins (recorded as crossed, 条例 12)"
msgid "already registered to %s on %s: first registration wins (recorded as crossed, 条例 12)"
msgid "already registered to %s, who took a deposit: first registration wins (recorded as crossed, 条例 12)"
msgid "already registered to %s: first registration wins (recorded as crossed, 条例 12)"
msgid "already signed in at %s"
msgid "amount"
msgid "an agent no longer in agents.csv"
msgid "an event"
msgid "appointment"
msgid "asking whose turn it is"
msgid "assign"
msgid "assigned"
msgid "at least %s"
msgid "at most %d shares"
msgid "attendance.csv:%ld: row %lld does not replay on %s: %s %s (%s)"
msgid "away from the post at %s, the %s time this month: desert_fine %s (第二部分 一.6)"
msgid "away from the post since %s"
msgid "away"
msgid "back"
msgid "back-dated %ld day"
msgid "back-dated %ld min"
msgid "back-dated rows 补登"
msgid "back-dated: %s"
msgid "back-dated:%d"
msgid "bad CSV: a stray or unclosed double quote"
msgid "bad CSV: cannot parse"
msgid "book"
msgid "break"
msgid "break"
msgid "brought by %s, a customer of %s who paid a deposit: "
msgid "busy since %s"
msgid "busy"
msgid "by"
msgid "cadence"
msgid "call from %s recorded: a call owns no customer (电话咨询不做客户登记, 四.6)"
msgid "call"
msgid "call"
msgid "called_back"
msgid "calls 来电"
msgid "calls"
msgid "chain broken (this row edited, or the row before it removed or moved)"
msgid "chain is not 64 lowercase hex digits at the end of the line"
msgid "chain"
msgid "cn or any"
msgid "code '%s' is listed twice"
msgid "code '%s' must be lower-case letters, digits, - or _ (and not void)"
msgid "code"
msgid "column '%s' appears twice"
msgid "commissions.csv:%ld: amount '%s' is not yuan"
msgid "contacts"
msgid "conversion"
msgid "counted"
msgid "cover"
msgid "crossed"
msgid "customer"
msgid "daily_wage, sales_target and rent_target are yuan, like 150 or 150.00"
msgid "date"
msgid "deal"
msgid "deals"
msgid "deals.csv has no deal '%s' (or it is voided already)"
msgid "deduction-cap"
msgid "deductions"
msgid "deposit %s on %s: the customer is %s's for good (taken on the spot: 当场落定, 五.2)"
msgid "deposit %s on %s: the customer is %s's for good (the owner when it was paid: 已交定金的老客户, 条例 1)"
msgid "deposit"
msgid "deposit"
msgid "deposits"
msgid "desert"
msgid "desert"
msgid "desert-absence"
msgid "detail is over %d bytes: a row is at most %d"
msgid "detail"
msgid "dismiss_after is empty or a count from 1 to 10000, not '%s'"
msgid "done"
msgid "due"
msgid "due"
msgid "duty agent (义务接待, 四.14): %s is %s; not counted, keeps the place in line (条例 3, 9)"
msgid "duty or rotation"
msgid "early"
msgid "empty file: the header is missing"
msgid "empty line"
msgid "empty line: the header is missing"
msgid "end"
msgid "ended"
msgid "event"
msgid "every value goes with its option: '%s' has none"
msgid "evidence"
msgid "expired"
msgid "expires"
msgid "file"
msgid "fine is yuan N, a range N-M or a minimum N-, not '%s'"
msgid "fine"
msgid "fines"
msgid "flags"
msgid "floor.csv:%ld: agent '%s' is not in agents.csv"
msgid "follow"
msgid "follow"
msgid "follow-up of %s by %s recorded: the deposit holds the customer for good"
msgid "follow-up of %s by %s recorded: valid until %s"
msgid "follow_days names level '%s', not one of rule levels"
msgid "follows"
msgid "free since %s"
msgid "gender is M or F, not '%s'"
msgid "gender"
msgid "gone"
msgid "half a day of leave and no sign-in for the other half: absence_fine %s (第二部分 一 处罚办法.3: 不自觉签到者按旷工论处)"
msgid "handover"
msgid "handover"
msgid "has a rest day (轮休)"
msgid "has not signed in"
msgid "head"
msgid "held"
msgid "household"
msgid "idle"
msgid "imported %zu row into %s, rows %lld to %lld%s\n"
msgid "in at %s, %d min late; the %s late or early this month: %s (第二部分 一 处罚办法.2)"
msgid "in"
msgid "in"
msgid "inactive agent '%s'"
msgid "interest"
msgid "is away from the post since %s"
msgid "is not out, on a break or away from the post"
msgid "is on a break since %s"
msgid "is on night duty already"
msgid "is on personal leave"
msgid "is on sick leave"
msgid "is out since %s"
msgid "item"
msgid "key"
msgid "kind is channel, staff or other, not '%s'"
msgid "kind is visit, call or follow, not '%s'"
msgid "kind"
msgid "lapsed"
msgid "lapsing"
msgid "last_contact"
msgid "late"
msgid "late"
msgid "late-cap"
msgid "late_min"
msgid "leave_days"
msgid "level '%s' is not one of the rule levels"
msgid "level"
msgid "level: %s\n"
msgid "list of shares, e.g. A01:50,A02:50"
msgid "lost"
msgid "lost"
msgid "makeup"
msgid "manager"
msgid "missing column '%s'"
msgid "move"
msgid "name one %s"
msgid "name"
msgid "named by the customer: out of turn, counted (条例 16)"
msgid "new customer %s %s registered to %s, valid until %s"
msgid "new"
msgid "new-customer"
msgid "next contact planned for %s in followups.csv"
msgid "next contact: %s by %s (%s)\n"
msgid "next contact: none"
msgid "next contact: none, bought"
msgid "next contact: none, lost"
msgid "next in line (round %d)"
msgid "night"
msgid "no %s goes with %s"
msgid "no agents listed"
msgid "no data directory: give -d DIR, set FRONTDESK_DATA, or run where ./data is"
msgid "no rows to import: %s is unchanged\n"
msgid "no sign-in on a rest day or a day of leave"
msgid "no sign-in, rest day or leave on an open day: absence_fine %s (第二部分 一 处罚办法.3: 不自觉签到者按旷工论处)"
msgid "nobody is free:"
msgid "nobody is on the floor: no one has signed in today, or all have signed off"
msgid "none"
msgid "not signed in today"
msgid "not the header of a journal (see frontdesk-journals(5))"
msgid "not valid UTF-8"
msgid "note"
msgid "nothing after signing off"
msgid "occurrence"
msgid "off at %s, %d min early; the %s late or early this month: %s (第二部分 一 处罚办法.2)"
msgid "off"
msgid "offence:%s"
msgid "on a break since %s"
msgid "on_time"
msgid "one event or action at a time"
msgid "one night duty a day"
msgid "one of %s at a time"
msgid "one of --by slot, --by agent, --by source and --summary at a time"
msgid "one of --format table, --format html and --excel"
msgid "one of --named, --referred-by and --agent at a time"
msgid "one rest day or leave a day"
msgid "one sign-in a day"
msgid "only digits, spaces, dashes, dots, brackets and a leading +86"
msgid "other"
msgid "out of memory"
msgid "out since %s"
msgid "out"
msgid "out"
msgid "owner"
msgid "owner: %s, held by a deposit\n"
msgid "owner: %s, registered %s, valid until %s\n"
msgid "owner: nobody"
msgid "party is the number of people, 1 to 999, not '%s'"
msgid "party"
msgid "personal leave, a whole day"
msgid "personal leave, half a day"
msgid "personal"
msgid "personal-leave"
msgid "phone"
msgid "plan"
msgid "position"
msgid "present"
msgid "reason"
msgid "receive"
msgid "receptions"
msgid "recorded at %s by %s"
msgid "recorded on %s %s by %s"
msgid "recorded_at '%s' is not an RFC 3339 time"
msgid "recorded_at goes back: %s after %s"
msgid "recorded_at"
msgid "ref %lld names a row voided already"
msgid "ref %lld names a void row (a void is final)"
msgid "ref %lld names no earlier row"
msgid "ref '%s' is not a seq"
msgid "ref"
msgid "referral"
msgid "referrer %s %s has the code or name of agent %s %s: the desk could not tell them apart"
msgid "referrer %s %s is listed twice"
msgid "referrer %s has no name"
msgid "referrer code '%s' must be letters, digits, - or _"
msgid "referrer"
msgid "refused: %s %s holds no customer: no valid registration and no deposit to hand over (客户移交)"
msgid "refused: %s %s would hand over to themselves: --to names another agent (客户移交)"
msgid "refused: %s is held by a deposit of %s: only the owner follows the customer up (自己跟踪自己的客户, 四.7)"
msgid "refused: %s is receiving a customer since %s (floor.csv row %lld): a break waits until the reception is done (条例 3, 6)"
msgid "refused: %s is registered to %s until %s: only the owner follows the customer up (自己跟踪自己的客户, 四.7)"
msgid "refused: %s received again in row %lld, after this done: void row %lld first"
msgid "refused: %s was recorded lost on %s (row %lld) and has not come again since (战败)"
msgid "refused: %s"
msgid "refused: agent %s %s is not active (agents.csv)"
msgid "refused: nobody holds %s, so %s cannot follow it up: register the visit first (自己跟踪自己的客户, 四.7)"
msgid "refused: nobody is signed in on the floor to hand the callers to (次日分派)"
msgid "refused: row %lld is a void: a void is final (record it again instead)"
msgid "refused: row %lld is voided already: a void is final (record it again instead)"
msgid "refused: row %lld refers to row %lld: void row %lld first"
msgid "refused: the caller %s was handed to %s: only that agent calls back (次日分派)"
msgid "refused: without row %lld, floor.csv row %lld (%s on %s at %s) would not stand: %s %s (%s); void floor.csv row %lld first (next-agent --void %lld)"
msgid "refused: without row %lld, row %lld (%s on %s) would not stand: %s %s (%s); void row %lld first"
msgid "registered"
msgid "registrations"
msgid "rent"
msgid "rent_commission"
msgid "rent_credited"
msgid "rent_target"
msgid "rest-days"
msgid "returning customer %s of %s (deposit paid): "
msgid "returning customer %s of %s (valid until %s): "
msgid "returning customer of %s (deposit paid: for good)"
msgid "returning customer of %s (registered %s, deposit paid: for good)"
msgid "returning customer of %s (registered %s, valid until %s)"
msgid "returning customer of %s (valid until %s)"
msgid "returning"
msgid "row %ld, column %s: U+%04X cannot be written in %s"
msgid "rows"
msgid "rule '%s' is given twice"
msgid "rule"
msgid "sale"
msgid "sales"
msgid "sales_commission"
msgid "sales_credited"
msgid "sales_target"
msgid "saturated"
msgid "seq %lld where %lld was due (a row missing or moved)"
msgid "seq %lld where %lld was due (a row moved or copied)"
msgid "seq '%s' is not a row number"
msgid "seq"
msgid "seq, recorded_at or time is not what the book writes (see verify-journal)"
msgid "share"
msgid "share"
msgid "shares"
msgid "sick leave, a whole day"
msgid "sick leave, half a day"
msgid "sick"
msgid "sick-leave"
msgid "sign in first"
msgid "signed off at %s"
msgid "since is a date YYYY-MM-DD, not '%s'"
msgid "since"
msgid "slot"
msgid "source '%s' is not one of the rule sources"
msgid "source"
msgid "standard output"
msgid "state"
msgid "status is closed or open, not '%s'"
msgid "status"
msgid "the country code given twice"
msgid "the day's report"
msgid "the due list"
msgid "the last line has no line end: the row is torn (see verify-journal --repair)"
msgid "the line is %zd bytes: a row is at most %d"
msgid "the line is %zu bytes: a row is at most %d"
msgid "the line is %zu bytes: not a journal's header"
msgid "the listing"
msgid "the manager's choice (%s): counted like a turn (条例 4)"
msgid "the month's credited amounts are too large to add up"
msgid "the owner receives, counted (条例 1; 001 (2)三)"
msgid "the owner receives, not counted, keeps the place in line (四.14)"
msgid "the seq of a row"
msgid "the shares add up to %lld.%02lld %%, not 100"
msgid "time '%s' is not an RFC 3339 time"
msgid "time"
msgid "times HH:MM in increasing order, separated by commas"
msgid "torn last line (an interrupted append): %s"
msgid "total"
msgid "unit"
msgid "unknown agent '%s'"
msgid "unknown agent '%s': agents.csv lists no one like that"
msgid "unknown agent '%s': did you mean %s?"
msgid "unknown column '%s'"
msgid "unknown event '%s'"
msgid "unknown option or missing value: '%s'"
msgid "unknown rule key '%s'"
msgid "unregistered"
msgid "usage: %s"
msgid "valid"
msgid "violation:%s"
msgid "violations.csv:%ld: agent '%s' is not in agents.csv: row %lld is left out"
msgid "violations.csv:%ld: fine '%s' is not an amount"
msgid "visit of %s recorded without a phone: unregistered, owns no customer (有效客户登记必须填写联系方式, 五.2)"
msgid "visit"
msgid "visit"
msgid "visits and calls"
msgid "visits 来店批数"
msgid "visits"
msgid "void"
msgid "voided row %lld of %s (%s)%s: %s"
msgid "why"
msgid "work_start, work_end and night_end must be in that order"
msgid "yes or no"
msgid "yuan, like 20 or 20.50"
msgid "yuan, like 20 or 20.50, or none"
msgid "媒介效果 by source"
msgid "展厅客流量统计表 traffic by slot"
msgid "接待统计 by agent"
msgid "日报表 daily report"
msgid_plural " and its %zu commission rows"
msgid_plural "%s: ok, %s rows, head %s\n"
msgid_plural "%sleave is entered at most %d days ahead or behind"
msgid_plural ", with %lld commission rows"
msgid_plural "back-dated %ld days"
msgid_plural "imported %zu rows into %s, rows %lld to %lld%s\n"
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr ""
msgstr[0] ""
msgstr[0] ""
msgstr[0] ""
msgstr[0] ""
msgstr[0] ""
msgstr[0] ""
msgstr[1] ""
msgstr[1] ""
msgstr[1] ""
msgstr[1] ""
msgstr[1] ""
msgstr[1] ""
