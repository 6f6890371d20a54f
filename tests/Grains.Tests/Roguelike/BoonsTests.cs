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

    [Fact]
    public void ShopOffers_AreThreeDifferentBoonsPricedInTensFrom60To120_TheSameForTheSameRunAndNode()
    {
        var offers = Enumerable.Range(0, 40).Select(node => RunRules.ShopOffers(777, node)).ToList();

        Assert.Equal(offers.SelectMany(o => o), Enumerable.Range(0, 40).SelectMany(node => RunRules.ShopOffers(777, node)));
        Assert.All(offers, o => Assert.Equal(3, o.Select(x => x.Boon).Distinct().Count()));
        Assert.All(offers.SelectMany(o => o), o => Assert.True(o.Price is >= 60 and <= 120 && o.Price % 10 == 0, $"{o.Price}"));
        Assert.True(offers.SelectMany(o => o).Select(o => o.Price).Distinct().Count() > 3);
        Assert.True(offers.Select(o => o[0].Boon).Distinct().Count() > 3);
    }
}
