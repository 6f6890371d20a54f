namespace SanguoOrleans.Grains.Roguelike;

/// <summary>
/// What the boons a run holds do, worked out from the list each time (nothing else is stored): 青囊书 and 太平要术 raise
/// the maximum HP by one when found or bought, 遁甲天书 makes each defeat cost one HP less (never none), 兵法二十四篇 and 孟德新书
/// add 10 to each battle reward, 玉玺拓本 makes each rest heal one more.
/// </summary>
internal static class Boons
{
    public const string QingNang = "青囊书";
    public const string BingFa = "兵法二十四篇";
    public const string DunJia = "遁甲天书";
    public const string TaiPing = "太平要术";
    public const string MengDe = "孟德新书";
    public const string YuXi = "玉玺拓本";

    public static IReadOnlyList<string> All { get; } = [QingNang, BingFa, DunJia, TaiPing, MengDe, YuXi];

    /// <summary>Maximum HP gained when <paramref name="boon"/> is found or bought.</summary>
    public static int MaxHpGain(string boon) => boon is QingNang or TaiPing ? 1 : 0;

    /// <summary>The HP a defeat costs with these boons.</summary>
    public static int DefeatCost(int baseCost, IEnumerable<string> boons) =>
        baseCost == int.MaxValue ? baseCost : Math.Max(1, baseCost - boons.Count(b => b == DunJia));

    /// <summary>A battle's reward with these boons.</summary>
    public static long BattleReward(long baseReward, IEnumerable<string> boons) =>
        baseReward + 10 * boons.Count(b => b is BingFa or MengDe);

    /// <summary>The HP a rest restores with these boons.</summary>
    public static int RestHeal(int baseHeal, IEnumerable<string> boons) => baseHeal + boons.Count(b => b == YuXi);
}
