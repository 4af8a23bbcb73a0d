-- Headless check of the Copydesk language server from Neovim 0.7's built-in client (Debian bookworm ships 0.7.2, which
-- has no vim.lsp.start and no `nvim -l`, hence start_client + buf_attach_client).
-- Usage: nvim --headless -u NONE -i NONE -n -c "luafile nvim-lsp-check.lua" FILE
-- Env: COPYDESK_LSP_CMD = JSON array, the server command line (e.g. ["node","dist/cli.js","lsp","--stdio"]);
--      HOVER_CODE = optional finding code whose diagnostic to hover.
-- Prints one JSON line: {"diagnostics":[...],"hover":"..."}; exits 0 when both arrived.
local v = vim.version()
local out = { client = 'nvim ' .. v.major .. '.' .. v.minor .. '.' .. v.patch }
local function finish(code)
  io.stdout:write(vim.fn.json_encode(out) .. '\n')
  io.stdout:flush()
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end

local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = vim.fn.json_decode(os.getenv('COPYDESK_LSP_CMD')),
  root_dir = vim.fn.fnamemodify(fname, ':p:h'),
})
if not client_id then out.error = 'start_client failed'; return finish(1) end
vim.lsp.buf_attach_client(bufnr, client_id)

-- References are indexed after the first analysis, so a second publish follows the first: wait for a diagnostic with
-- code $HOVER_CODE when one is asked for (on a loaded machine the cross-check can come well after the first batch),
-- then until the diagnostics stop changing for a moment.
local want = os.getenv('HOVER_CODE')
local function has_wanted()
  if not want or want == '' then return true end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.user_data and d.user_data.lsp and d.user_data.lsp.code == want then return true end
  end
  return false
end
local last, stable_since = -1, vim.loop.now()
local got = vim.wait(30000, function()
  local n = #vim.diagnostic.get(bufnr)
  if n ~= last then last, stable_since = n, vim.loop.now() end
  return n > 0 and has_wanted() and vim.loop.now() - stable_since > 500
end, 50)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(out.diagnostics, { line = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source,
    code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL })
end
if not got then out.error = 'no settled diagnostics' .. (want and (' with ' .. want) or '') .. ' within 30s'; return finish(1) end

-- Hover where a diagnostic starts (the first with code $HOVER_CODE, else the first): flagged text always has a hover.
local d = out.diagnostics[1]
for _, x in ipairs(out.diagnostics) do
  if x.code == os.getenv('HOVER_CODE') then d = x; break end
end
local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = d.line, character = d.col } }
local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
local r = res and res[client_id] and res[client_id].result
if not r then out.error = 'no hover result'; return finish(1) end
out.hover = type(r.contents) == 'table' and (r.contents.value or vim.inspect(r.contents)) or r.contents

vim.lsp.stop_client(client_id)
finish(0)
