using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Ladder.Ratings;

namespace SanguoOrleans.Grains.Tests.Ladder.Ratings;

public sealed class LadderLevelsTests
{
    [Fact]
    public void The_win_that_fills_a_tier_moves_up_with_no_stars()
    {
        Assert.Equal((LadderTier.Bronze, 2), LadderLevels.After(LadderTier.Bronze, 1, LadderOutcome.Won, escaped: false));
        Assert.Equal((LadderTier.Silver, 0), LadderLevels.After(LadderTier.Bronze, 2, LadderOutcome.Won, escaped: false));
        Assert.Equal((LadderTier.King, 0), LadderLevels.After(LadderTier.Diamond, 4, LadderOutcome.Won, escaped: false));
        Assert.Equal((LadderTier.King, 41), LadderLevels.After(LadderTier.King, 40, LadderOutcome.Won, escaped: false));
    }

    [Fact]
    public void A_loss_takes_a_star_and_with_none_left_moves_down_a_tier()
    {
        Assert.Equal((LadderTier.Gold, 1), LadderLevels.After(LadderTier.Gold, 2, LadderOutcome.Lost, escaped: false));
        Assert.Equal((LadderTier.Silver, 2), LadderLevels.After(LadderTier.Gold, 0, LadderOutcome.Lost, escaped: false));
        Assert.Equal((LadderTier.Diamond, 4), LadderLevels.After(LadderTier.King, 0, LadderOutcome.Lost, escaped: false));
    }

    [Fact]
    public void Losses_cost_nothing_on_the_floor_tier_but_escapes_do()
    {
        Assert.Equal((LadderTier.Bronze, 2), LadderLevels.After(LadderTier.Bronze, 2, LadderOutcome.Lost, escaped: false));
        Assert.Equal((LadderTier.Bronze, 1), LadderLevels.After(LadderTier.Bronze, 2, LadderOutcome.Won, escaped: true));
        Assert.Equal((LadderTier.Bronze, 0), LadderLevels.After(LadderTier.Bronze, 0, LadderOutcome.Lost, escaped: true));
    }

    [Fact]
    public void An_escape_from_a_winning_side_still_counts_as_a_loss()
    {
        Assert.Equal((LadderTier.Platinum, 2), LadderLevels.After(LadderTier.Platinum, 3, LadderOutcome.Won, escaped: true));
    }

    [Fact]
    public void A_draw_changes_nothing()
    {
        Assert.Equal((LadderTier.Gold, 3), LadderLevels.After(LadderTier.Gold, 3, LadderOutcome.Draw, escaped: false));
    }
}
