using System.Text.Json;

namespace SanguoOrleans.Cli.Tests;

public class HeroesCommandTests
{
    [Fact]
    public async Task Heroes_Json_PrintsTheTwentyFiveHeroesWithOnlyTheThreeLordsMarkedForLordSkills()
    {
        var (exitCode, stdout, stderr) = await SanguoTool.RunAsync("heroes", "--json");
        Assert.True(exitCode == 0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(25, rows.Count);
        var lordSkillHolders = rows
            .Where(r => r.GetProperty("skills").EnumerateArray().Any(s => s.GetProperty("lord").GetBoolean()))
            .Select(r => r.GetProperty("id").GetString())
            .ToList();
        Assert.Equal(["caocao", "liubei", "sunquan"], lordSkillHolders);
        var zhugeliang = rows.Single(r => r.GetProperty("id").GetString() == "zhugeliang");
        Assert.Equal(("shu", "male", 3), (zhugeliang.GetProperty("kingdom").GetString(), zhugeliang.GetProperty("gender").GetString(), zhugeliang.GetProperty("hp").GetInt32()));
        Assert.Equal(["guanxing", "kongcheng"], zhugeliang.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }
}
