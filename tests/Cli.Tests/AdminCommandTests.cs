using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class AdminCommandTests
{
    private const string Key = "cli-test-admin-key";

    [Fact]
    public async Task Admin_verbs_against_a_running_silo_each_print_one_json_line_and_exit_by_outcome()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports, new Dictionary<string, string?> { ["Admin:Key"] = Key });
        var url = $"http://127.0.0.1:{ports.Http.ToString(CultureInfo.InvariantCulture)}";
        var userId = await CreateAccountAsync(url, "cli_admin");

        var found = await AdminAsync(0, url, "user", "--account", "cli_admin");
        var granted = await AdminAsync(0, url, "grant", "--user", userId, "--amount", "250", "--reason", "compensation", "--operation-id", "cli-1");
        var retried = await AdminAsync(0, url, "grant", "--user", userId, "--amount", "250", "--reason", "compensation", "--operation-id", "cli-1");
        var fresh = await AdminAsync(0, url, "grant", "--user", userId, "--amount", "5", "--currency", "yuanbao", "--reason", "gift");
        var overdraw = await AdminAsync(1, url, "deduct", "--user", userId, "--amount", "251", "--reason", "too much");
        var ledger = await AdminAsync(0, url, "ledger", "--user", userId, "--limit", "10");
        var reconciled = await AdminAsync(0, url, "reconcile");
        var kicked = await AdminAsync(0, url, "kick", "--user", userId);
        var banned = await AdminAsync(0, url, "ban", "--account", "cli_admin", "--reason", "testing");
        var unbanned = await AdminAsync(0, url, "unban", "--account", "cli_admin", "--reason", "testing");
        var unknown = await AdminAsync(1, url, "user", "--user", Guid.NewGuid().ToString());
        var wrongKey = await RunAsync(1, "admin", "reconcile", "--url", url, "--key", "not-the-key");

        Assert.Equal(userId, found.GetProperty("profile").GetProperty("user_id").GetString());
        Assert.Equal(250, granted.GetProperty("balance").GetProperty("tongqian").GetInt64());
        Assert.Equal(250, retried.GetProperty("balance").GetProperty("tongqian").GetInt64());
        Assert.Equal("cli-1", retried.GetProperty("operation_id").GetString());
        Assert.StartsWith("admin-", fresh.GetProperty("operation_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(fresh.GetProperty("operation_id").GetString(), fresh.GetProperty("receipt").GetProperty("operation_id").GetString());
        Assert.Equal("insufficient_funds", Error(overdraw));
        Assert.StartsWith("admin-", overdraw.GetProperty("operation_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, ledger.GetProperty("entries").GetArrayLength());
        Assert.True(reconciled.GetProperty("consistent").GetBoolean());
        Assert.False(kicked.GetProperty("was_online").GetBoolean());
        Assert.True(banned.GetProperty("banned").GetBoolean());
        Assert.False(unbanned.GetProperty("banned").GetBoolean());
        Assert.Equal("user_not_found", Error(unknown));
        Assert.Equal("unauthorized", Error(wrongKey));
    }

    [Fact]
    public async Task Admin_when_nothing_listens_says_it_cannot_connect_and_exits_non_zero()
    {
        var url = $"http://127.0.0.1:{FreePorts.Next().ToString(CultureInfo.InvariantCulture)}";

        var failed = await RunAsync(2, "admin", "reconcile", "--url", url, "--key", Key);

        Assert.Equal("connection_failed", Error(failed));
        Assert.Contains("Cannot connect to " + url, failed.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    // The CLI has no verb that takes a password on its command line; operators and tests use the endpoint directly.
    private static async Task<string> CreateAccountAsync(string url, string account)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Admin-Key", Key);
        using var response = await http.PostAsJsonAsync($"{url}/admin/accounts", new { account, password = "correct horse battery" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("user_id").GetString()!;
    }

    private static Task<JsonElement> AdminAsync(int expectedExit, string url, params string[] verb) =>
        RunAsync(expectedExit, ["admin", .. verb, "--url", url, "--key", Key]);

    /// <summary>Runs the tool, asserts its exit code and that it printed exactly one JSON object with the matching "ok".</summary>
    private static async Task<JsonElement> RunAsync(int expectedExit, params string[] args)
    {
        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync(args);
        Assert.True(exitCode == expectedExit, $"sanguo {string.Join(' ', args)} exited {exitCode}: {stdout} {stderr}");
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = JsonDocument.Parse(line).RootElement.Clone();
        Assert.Equal(expectedExit == 0, json.GetProperty("ok").GetBoolean());
        return json;
    }

    private static string? Error(JsonElement line) => line.GetProperty("error").GetProperty("code").GetString();
}
