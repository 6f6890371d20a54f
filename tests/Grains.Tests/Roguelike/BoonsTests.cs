using SanguoOrleans.Grains.Roguelike;

namespace SanguoOrleans.Grains.Tests.Roguelike;

public class BoonsTests
{
    [Fact]
    public void Boons_ChangeDefeats_Rewards_Rests_AndMaxHp_AsTheirTextsSay()
    {
        string[] held = [Boons.DunJia, Boons.BingFa, Boons.MengDe, Boons.YuXi, Boons.DunJia];

        Assert.Equal(1, Boons.DefeatCost(3, held));
        Assert.Equal(1, Boons.DefeatCost(1, held));
        Assert.Equal(int.MaxValue, Boons.DefeatCost(int.MaxValue, held));
        Assert.Equal(3, Boons.DefeatCost(3, []));
        Assert.Equal(70, Boons.BattleReward(50, held));
        Assert.Equal(3, Boons.RestHeal(2, held));
        Assert.Equal(1, Boons.MaxHpGain(Boons.QingNang));
        Assert.Equal(0, Boons.MaxHpGain(Boons.YuXi));
    }

    [Fact]
    public void BoonFoundAtANode_IsTheSameForTheSameRun_AndVariesAcrossNodes()
    {
        var found = Enumerable.Range(0, 40).Select(node => RunRules.Boon(12345, node)).ToList();

        Assert.Equal(found, Enumerable.Range(0, 40).Select(node => RunRules.Boon(12345, node)));
        Assert.True(found.Distinct().Count() > 3, string.Join(',', found));
    }
}
