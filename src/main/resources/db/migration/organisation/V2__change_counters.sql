-- The accounts raise a counter of their own, 'accounts' (docs/architecture.md, "How a page is kept fast"): a new API
-- key or a changed scope must not make every page showing units' names render anew, as 'organisation' would.
select change_counter_attach('accounts', 'user_account', 'user_scope', 'api_token');
