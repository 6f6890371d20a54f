namespace SanguoOrleans.Game.Ai;

/// <summary>
/// How much an AI wants each standard hero, on a 1–10 scale: the common community ranking of the 2008 heroes
/// (card engines and strong defence first, skill-less bodies last). Unknown ids score 0.
/// </summary>
internal static class HeroStrength
{
    private static readonly Dictionary<string, int> Scores = new(StringComparer.Ordinal)
    {
        ["liubei"] = 8, ["zhugeliang"] = 7, ["zhaoyun"] = 7, ["guanyu"] = 7, ["zhangfei"] = 7, ["machao"] = 6, ["huangyueying"] = 8,
        ["caocao"] = 6, ["simayi"] = 8, ["xiahoudun"] = 6, ["zhangliao"] = 8, ["xuchu"] = 5, ["guojia"] = 9, ["zhenji"] = 8,
        ["sunquan"] = 7, ["ganning"] = 7, ["lvmeng"] = 6, ["huanggai"] = 7, ["zhouyu"] = 6, ["daqiao"] = 7, ["luxun"] = 8,
        ["sunshangxiang"] = 7, ["huatuo"] = 8, ["lvbu"] = 7, ["diaochan"] = 7,
    };

    /// <summary>The score of a hero id.</summary>
    public static int Of(string heroId) => Scores.GetValueOrDefault(heroId);

    /// <summary>The strongest of the offered heroes; ties keep the offer's order.</summary>
    public static string Best(IReadOnlyList<string> offered)
    {
        var best = offered[0];
        for (var i = 1; i < offered.Count; i++)
        {
            if (Of(offered[i]) > Of(best))
            {
                best = offered[i];
            }
        }

        return best;
    }
}
