using System.Text.Json;

namespace SanguoOrleans.Cli.Tests;

public class SimulateCommandTests
{
    [Fact]
    public async Task Simulate_TwiceWithTheSameSeed_PrintsTheSameHashAndCounts()
    {
        var first = await SimulateAsync("identity8", 12, 7);
        var second = await SimulateAsync("identity8", 12, 7);

        Assert.Equal(first.GetProperty("state_hash").GetString(), second.GetProperty("state_hash").GetString());
        Assert.Equal(first.GetProperty("wins").GetRawText(), second.GetProperty("wins").GetRawText());
        Assert.Equal(first.GetProperty("average_turns").GetDouble(), second.GetProperty("average_turns").GetDouble());
    }

    [Fact]
    public async Task Simulate_WithAnotherSeed_PrintsAnotherHash()
    {
        var a = await SimulateAsync("identity5", 10, 1);
        var b = await SimulateAsync("identity5", 10, 2);

        Assert.NotEqual(a.GetProperty("state_hash").GetString(), b.GetProperty("state_hash").GetString());
    }

    [Theory]
    [InlineData("identity5")]
    [InlineData("identity8")]
    [InlineData("identity8-double")]
    public async Task Simulate_EveryMode_FinishesEveryGameAndCountsAddUp(string mode)
    {
        var json = await SimulateAsync(mode, 15, 3);

        Assert.Equal(mode, json.GetProperty("mode").GetString());
        Assert.Equal(15, json.GetProperty("games").GetInt32());
        Assert.Equal(15, json.GetProperty("finished").GetInt32());
        var wins = json.GetProperty("wins");
        var decided = wins.GetProperty("lord").GetInt32() + wins.GetProperty("rebel").GetInt32() + wins.GetProperty("renegade").GetInt32();
        Assert.Equal(15, decided + json.GetProperty("draws").GetInt32());
        Assert.Equal(wins.GetProperty("lord").GetInt32(), wins.GetProperty("loyalist").GetInt32());
        Assert.True(json.GetProperty("average_turns").GetDouble() > 1);
        Assert.True(json.GetProperty("games_per_second").GetDouble() > 0);
        Assert.Matches("^[0-9a-f]{16}$", json.GetProperty("state_hash").GetString());
    }

    [Theory]
    [InlineData("doubles", 4)]
    [InlineData("1v1", 2 * 3)]
    public async Task Simulate_TeamModes_CountWinsPerSideAndEveryDraftedHeroInTheHeroStats(string mode, int heroesPerGame)
    {
        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync("simulate", "--mode", mode, "--games", "12", "--seed", "4", "--hero-pick", "random", "--hero-stats");
        Assert.True(exitCode == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var json = doc.RootElement;

        Assert.Equal(0, json.GetProperty("invariant_failures").GetInt32());
        var sides = json.GetProperty("side_wins").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(2, sides.Count);
        Assert.Equal(12, sides.Sum() + json.GetProperty("draws").GetInt32());
        var heroes = json.GetProperty("hero_stats").EnumerateArray().ToList();
        Assert.Equal(12 * heroesPerGame, heroes.Sum(h => h.GetProperty("played").GetInt32()));
        Assert.All(heroes, h => Assert.InRange(h.GetProperty("won").GetInt32(), 0, h.GetProperty("played").GetInt32()));
    }

    [Fact]
    public async Task Simulate_WithPlainHeroes_FinishesEveryGameAndSaysSo()
    {
        var (exitCode, plain, stderr) = await SanguoTool.RunAsync("simulate", "--mode", "identity8d", "--games", "5", "--heroes", "none");
        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(plain);

        Assert.Equal("none", json.RootElement.GetProperty("heroes").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("finished").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("invariant_failures").GetInt32());
    }

    [Fact]
    public async Task Simulate_WithAnUnknownMode_IsRefusedWithTheModesListed()
    {
        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync("simulate", "--mode", "identity6", "--games", "1");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("identity6", stderr, StringComparison.Ordinal);
        Assert.Contains("identity8-double", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("state_hash", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--games", "0")]
    [InlineData("--games", "many")]
    [InlineData("--seed", "-1")]
    public async Task Simulate_WithABadCountOrSeed_ExitsNonZeroWithAUsageError(string option, string value)
    {
        var (exitCode, _, stderr) = await SanguoTool.RunAsync("simulate", option, value);

        Assert.NotEqual(0, exitCode);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }

    private static async Task<JsonElement> SimulateAsync(string mode, int games, int seed)
    {
        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync(
            "simulate", "--mode", mode, "--games", games.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exitCode == 0, stderr);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        return json.RootElement.Clone();
    }
}
