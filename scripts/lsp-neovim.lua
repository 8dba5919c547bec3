-- Drives `selfhelp lsp` from Neovim's own LSP client (headless): opens an article with a defect,
-- waits for the diagnostic, applies its quick fix, and checks the buffer and that the finding goes.
-- Run by scripts/lsp-neovim.sh (SELFHELP, KB and ARTICLE in the environment). Neovim 0.7+.
local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function has_case_finding(buf)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == "header-key-case" then return d end
  end
  return nil
end

local client_id = vim.lsp.start_client({
  name = "selfhelp",
  cmd = { os.getenv("SELFHELP"), "lsp" },
  root_dir = os.getenv("KB"),
  workspace_folders = { { uri = vim.uri_from_fname(os.getenv("KB")), name = "kb" } },
})
if not client_id then fail("could not start selfhelp lsp") end
vim.cmd("edit " .. os.getenv("ARTICLE"))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(30000, function() return has_case_finding(buf) ~= nil end, 50) then
  fail("no header-key-case diagnostic within 30 s; got " .. vim.inspect(vim.diagnostic.get(buf)))
end
local d = has_case_finding(buf)
io.stdout:write("diagnostic: " .. d.lnum + 1 .. ":" .. d.col + 1 .. " " .. d.message .. "\n")

local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.end_lnum, character = d.end_col } },
  context = { diagnostics = {} },
}
local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
local applied = false
for _, response in pairs(responses or {}) do
  for _, action in ipairs(response.result or {}) do
    if action.isPreferred and not applied then
      io.stdout:write("quick fix: " .. action.title .. "\n")
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      applied = true
    end
  end
end
if not applied then fail("no quick fix offered: " .. vim.inspect(responses)) end

local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
if not line:find("articleId=", 1, true) then fail("the fix did not write articleId: " .. line) end
io.stdout:write("buffer line " .. d.lnum + 1 .. ": " .. line .. "\n")
if not vim.wait(30000, function() return has_case_finding(buf) == nil end, 50) then
  fail("the diagnostic did not go away after the fix")
end
io.stdout:write("ok: the finding is gone after the fix\n")
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd("qall!")
