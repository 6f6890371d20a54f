using System.Collections.Immutable;

namespace SanguoOrleans.Game.Heroes;

/// <summary>The 25 standard heroes of rules.md (c) with their skill ids (the original 2008 versions).</summary>
public static class HeroCatalog
{
    /// <summary>Ids of the heroes always offered to the lord.</summary>
    public static ImmutableArray<string> LordHeroes { get; } = ["caocao", "liubei", "sunquan"];

    /// <summary>All standard heroes in table order.</summary>
    public static ImmutableArray<Hero> All { get; } =
    [
        H("caocao", "曹操", Kingdom.Wei, Gender.Male, 4, ["jianxiong"], ["hujia"]),
        H("simayi", "司马懿", Kingdom.Wei, Gender.Male, 3, ["fankui", "guicai"]),
        H("xiahoudun", "夏侯惇", Kingdom.Wei, Gender.Male, 4, ["ganglie"]),
        H("zhangliao", "张辽", Kingdom.Wei, Gender.Male, 4, ["tuxi"]),
        H("xuchu", "许褚", Kingdom.Wei, Gender.Male, 4, ["luoyi"]),
        H("guojia", "郭嘉", Kingdom.Wei, Gender.Male, 3, ["tiandu", "yiji"]),
        H("zhenji", "甄姬", Kingdom.Wei, Gender.Female, 3, ["luoshen", "qingguo"]),
        H("liubei", "刘备", Kingdom.Shu, Gender.Male, 4, ["rende"], ["jijiang"]),
        H("guanyu", "关羽", Kingdom.Shu, Gender.Male, 4, ["wusheng"]),
        H("zhangfei", "张飞", Kingdom.Shu, Gender.Male, 4, ["paoxiao"]),
        H("zhugeliang", "诸葛亮", Kingdom.Shu, Gender.Male, 3, ["guanxing", "kongcheng"]),
        H("zhaoyun", "赵云", Kingdom.Shu, Gender.Male, 4, ["longdan"]),
        H("machao", "马超", Kingdom.Shu, Gender.Male, 4, ["mashu", "tieqi"]),
        H("huangyueying", "黄月英", Kingdom.Shu, Gender.Female, 3, ["jizhi", "qicai"]),
        H("sunquan", "孙权", Kingdom.Wu, Gender.Male, 4, ["zhiheng"], ["jiuyuan"]),
        H("ganning", "甘宁", Kingdom.Wu, Gender.Male, 4, ["qixi"]),
        H("lvmeng", "吕蒙", Kingdom.Wu, Gender.Male, 4, ["keji"]),
        H("huanggai", "黄盖", Kingdom.Wu, Gender.Male, 4, ["kurou"]),
        H("zhouyu", "周瑜", Kingdom.Wu, Gender.Male, 3, ["yingzi", "fanjian"]),
        H("daqiao", "大乔", Kingdom.Wu, Gender.Female, 3, ["guose", "liuli"]),
        H("luxun", "陆逊", Kingdom.Wu, Gender.Male, 3, ["qianxun", "lianying"]),
        H("sunshangxiang", "孙尚香", Kingdom.Wu, Gender.Female, 3, ["xiaoji", "jieyin"]),
        H("huatuo", "华佗", Kingdom.Qun, Gender.Male, 3, ["qingnang", "jijiu"]),
        H("lvbu", "吕布", Kingdom.Qun, Gender.Male, 4, ["wushuang"]),
        H("diaochan", "貂蝉", Kingdom.Qun, Gender.Female, 3, ["lijian", "biyue"]),
    ];

    /// <summary>Looks a hero up by id.</summary>
    public static Hero Get(string id) => All.First(h => h.Id == id);

    private static Hero H(string id, string name, Kingdom kingdom, Gender gender, int hp, string[] skills, string[]? lordSkills = null) =>
        new(id, name, kingdom, gender, hp, skills, lordSkills ?? []);
}
