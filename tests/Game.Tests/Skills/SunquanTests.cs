using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class SunquanTests
{
    [Fact]
    public void Zhiheng_discards_and_draws_as_many_once_per_phase()
    {
        var s = Scenario.Start([[]], heroes: ["sunquan"]);
        var old = s.P(0).Hand.Take(3).ToArray();
        var size = s.P(0).Hand.Count;

        Scenario.Ok(s.Invoke(0, "zhiheng", old));

        Assert.Equal(size, s.P(0).Hand.Count);
        Assert.Empty(s.P(0).Hand.Intersect(old));
        Assert.False(s.Offers(0, "zhiheng"));
    }

    [Theory]
    [InlineData("ganning", 2)]
    [InlineData("zhangfei", 1)]
    public void Jiuyuan_adds_one_only_to_another_wu_characters_peach(string saver, int hp)
    {
        var s = Scenario.Start([[Duel], [Slash], [Peach]], heroes: ["sunquan", "", saver]);
        s.SetHp(0, 1);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.Respond(1, Slash);

        s.Respond(2, Peach);

        Assert.Equal(hp, s.P(0).Hp);
    }
}
