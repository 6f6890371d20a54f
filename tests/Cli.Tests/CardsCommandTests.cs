using System.Text.Json;

namespace SanguoOrleans.Cli.Tests;

public class CardsCommandTests
{
    private static readonly string[] Suits = ["spade", "heart", "club", "diamond"];
    private static readonly string[] Types = ["basic", "trick", "delayed_trick", "equipment"];

    [Fact]
    public async Task Cards_Json_PrintsOneObjectPerLineForAll160Cards()
    {
        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync("cards", "--json");

        Assert.True(exitCode == 0, stderr);
        var cards = Parse(stdout);
        Assert.Equal(160, cards.Count);
        Assert.Equal(Enumerable.Range(0, 160), cards.Select(c => c.GetProperty("id").GetInt32()));
        Assert.All(cards, c =>
        {
            Assert.InRange(c.GetProperty("number").GetInt32(), 1, 13);
            Assert.Contains(c.GetProperty("suit").GetString(), Suits);
            Assert.Contains(c.GetProperty("type").GetString(), Types);
            Assert.False(string.IsNullOrEmpty(c.GetProperty("name").GetString()));
        });
    }

    [Fact]
    public async Task Cards_Json_MatchesTheDeckTotalsOfTheRules()
    {
        var cards = Parse((await SanguoTool.RunAsync("cards", "--json")).Stdout);

        int Count(string name) => cards.Count(c => c.GetProperty("name").GetString() == name);
        Assert.Equal(30, Count("Slash"));
        Assert.Equal(24, Count("Jink"));
        Assert.Equal(12, Count("Peach"));
        Assert.Equal(7, Count("Nullification"));
        Assert.Equal(40, cards.Count(c => c.GetProperty("suit").GetString() == "spade"));
        var spear = Assert.Single(cards, c => c.GetProperty("name").GetString() == "Spear");
        Assert.Equal("丈八蛇矛", spear.GetProperty("chinese").GetString());
        Assert.Equal(12, spear.GetProperty("number").GetInt32());
        Assert.Equal("weapon", spear.GetProperty("slot").GetString());
    }

    [Fact]
    public async Task Cards_StandardDeck_Has108Cards()
    {
        var (exitCode, stdout, _) = await SanguoTool.RunAsync("cards", "--json", "--deck", "standard");

        Assert.Equal(0, exitCode);
        Assert.Equal(108, Parse(stdout).Count);
    }

    [Fact]
    public async Task Cards_WithAnUnknownDeck_ExitsNonZero()
    {
        var (exitCode, _, stderr) = await SanguoTool.RunAsync("cards", "--deck", "guozhan");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("guozhan", stderr, StringComparison.Ordinal);
    }

    private static List<JsonElement> Parse(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.Clone();
        })];
}
