using System.Collections.Immutable;

namespace SanguoOrleans.Game.Heroes;

/// <summary>The 25 standard heroes of rules.md (c), as plain heroes (no skills attached yet).</summary>
public static class HeroCatalog
{
    /// <summary>Ids of the heroes always offered to the lord.</summary>
    public static ImmutableArray<string> LordHeroes { get; } = ["caocao", "liubei", "sunquan"];

    /// <summary>All standard heroes in table order.</summary>
    public static ImmutableArray<Hero> All { get; } =
    [
        H("caocao", "曹操", Kingdom.Wei, Gender.Male, 4),
        H("simayi", "司马懿", Kingdom.Wei, Gender.Male, 3),
        H("xiahoudun", "夏侯惇", Kingdom.Wei, Gender.Male, 4),
        H("zhangliao", "张辽", Kingdom.Wei, Gender.Male, 4),
        H("xuchu", "许褚", Kingdom.Wei, Gender.Male, 4),
        H("guojia", "郭嘉", Kingdom.Wei, Gender.Male, 3),
        H("zhenji", "甄姬", Kingdom.Wei, Gender.Female, 3),
        H("liubei", "刘备", Kingdom.Shu, Gender.Male, 4),
        H("guanyu", "关羽", Kingdom.Shu, Gender.Male, 4),
        H("zhangfei", "张飞", Kingdom.Shu, Gender.Male, 4),
        H("zhugeliang", "诸葛亮", Kingdom.Shu, Gender.Male, 3),
        H("zhaoyun", "赵云", Kingdom.Shu, Gender.Male, 4),
        H("machao", "马超", Kingdom.Shu, Gender.Male, 4),
        H("huangyueying", "黄月英", Kingdom.Shu, Gender.Female, 3),
        H("sunquan", "孙权", Kingdom.Wu, Gender.Male, 4),
        H("ganning", "甘宁", Kingdom.Wu, Gender.Male, 4),
        H("lvmeng", "吕蒙", Kingdom.Wu, Gender.Male, 4),
        H("huanggai", "黄盖", Kingdom.Wu, Gender.Male, 4),
        H("zhouyu", "周瑜", Kingdom.Wu, Gender.Male, 3),
        H("daqiao", "大乔", Kingdom.Wu, Gender.Female, 3),
        H("luxun", "陆逊", Kingdom.Wu, Gender.Male, 3),
        H("sunshangxiang", "孙尚香", Kingdom.Wu, Gender.Female, 3),
        H("huatuo", "华佗", Kingdom.Qun, Gender.Male, 3),
        H("lvbu", "吕布", Kingdom.Qun, Gender.Male, 4),
        H("diaochan", "貂蝉", Kingdom.Qun, Gender.Female, 3),
    ];

    /// <summary>Looks a hero up by id.</summary>
    public static Hero Get(string id) => All.First(h => h.Id == id);

    private static Hero H(string id, string name, Kingdom kingdom, Gender gender, int hp) =>
        new(id, name, kingdom, gender, hp, []);
}
