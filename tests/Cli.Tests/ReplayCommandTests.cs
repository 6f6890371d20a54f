using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SanguoOrleans.Testing;

namespace SanguoOrleans.Cli.Tests;

public class ReplayCommandTests
{
    private const string Key = "cli-replay-admin-key";

    [Fact]
    public async Task Replay_prints_a_finished_game_from_a_running_silo_as_a_spectator_saw_it()
    {
        var ports = HostPorts.Next();
        await using var silo = await TestHosts.StartSiloAsync("silo", ports, new Dictionary<string, string?> { ["Admin:Key"] = Key });
        var url = $"http://127.0.0.1:{ports.Http.ToString(CultureInfo.InvariantCulture)}";
        var tableId = await PlayAiGameAsync(url);

        var json = await SanguoTool.RunAsync("replay", tableId, "--url", url, "--json");
        var text = await SanguoTool.RunAsync("replay", tableId, "--url", url);
        var unknown = await SanguoTool.RunAsync("replay", "tnosuchtable1", "--url", url, "--json");

        Assert.True(json.ExitCode == 0, json.Stdout + json.Stderr);
        var events = json.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.Equal("game_started", events[0].GetProperty("action").GetString());
        Assert.Equal("game_over", events[^1].GetProperty("action").GetString());
        Assert.Contains(events, e => e.GetProperty("action").GetString() == "card_used" && e.GetProperty("turn").GetInt32() > 0 && e.TryGetProperty("player", out _));

        Assert.True(text.ExitCode == 0, text.Stdout + text.Stderr);
        var lines = text.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(events.Count, lines.Length);
        Assert.Contains(lines, l => l.Contains("uses ", StringComparison.Ordinal));
        // Cards dealt or drawn into a hand were hidden at the table: a spectator's replay names none of them.
        var intoHands = lines.Where(l => l.Contains("DrawPile -> Hand", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(intoHands);
        Assert.All(intoHands, l => Assert.DoesNotContain("[", l, StringComparison.Ordinal));

        Assert.Equal(1, unknown.ExitCode);
        var refusal = JsonDocument.Parse(unknown.Stdout).RootElement;
        Assert.Equal("table_not_found", refusal.GetProperty("error").GetProperty("code").GetString());
    }

    private static async Task<string> PlayAiGameAsync(string url)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Admin-Key", Key);
        using var response = await http.PostAsJsonAsync($"{url}/admin/ai-games", new { mode = "identity5", seed = 21 });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("table_id").GetString()!;
    }
}
