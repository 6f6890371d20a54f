namespace SanguoOrleans.Game.Tests.Skills;

public class JieyinTests
{
    [Fact]
    public void Jieyin_discards_two_hand_cards_and_heals_her_and_a_wounded_male_once()
    {
        var s = Scenario.Start([[]], heroes: ["sunshangxiang"]);
        s.SetHp(0, 2);
        s.SetHp(1, 3);
        var option = s.SkillOption(0, "jieyin");
        Assert.Equal([1], option.Targets);
        var pair = s.P(0).Hand.Take(2).ToArray();

        Scenario.Ok(s.Invoke(0, "jieyin", pair, 1));

        Assert.Equal(3, s.P(0).Hp);
        Assert.Equal(4, s.P(1).Hp);
        Assert.Empty(s.P(0).Hand.Intersect(pair));
        Assert.False(s.Offers(0, "jieyin"));
    }
}
