-- Every meetings table raises the 'meetings' counter at commit (docs/architecture.md, "How a page is kept fast"): a
-- page that keeps what it rendered and shows a meeting, a case or a decision renders anew when one of them changed.
select change_counter_attach('meetings', 'agenda_item', 'agenda_paper', 'attendance', 'body_member',
                             'case_document', 'decision', 'diary_case', 'diary_case_status_change',
                             'diary_counter', 'diary_gap', 'diary_series', 'dispatch', 'item_recusal',
                             'meeting', 'meeting_adjuster', 'meeting_mail', 'minutes_signature',
                             'notice_board_posting', 'reservation', 'vote');
