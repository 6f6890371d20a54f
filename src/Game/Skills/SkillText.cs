using System.Collections.Frozen;

namespace SanguoOrleans.Game.Skills;

/// <summary>Printed names of the standard skills, for clients.</summary>
public static class SkillText
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["jianxiong"] = "奸雄", ["hujia"] = "护驾", ["fankui"] = "反馈", ["guicai"] = "鬼才", ["ganglie"] = "刚烈",
        ["tuxi"] = "突袭", ["luoyi"] = "裸衣", ["tiandu"] = "天妒", ["yiji"] = "遗计", ["luoshen"] = "洛神",
        ["qingguo"] = "倾国", ["rende"] = "仁德", ["jijiang"] = "激将", ["wusheng"] = "武圣", ["paoxiao"] = "咆哮",
        ["guanxing"] = "观星", ["kongcheng"] = "空城", ["longdan"] = "龙胆", ["mashu"] = "马术", ["tieqi"] = "铁骑",
        ["jizhi"] = "集智", ["qicai"] = "奇才", ["zhiheng"] = "制衡", ["jiuyuan"] = "救援", ["qixi"] = "奇袭",
        ["keji"] = "克己", ["kurou"] = "苦肉", ["yingzi"] = "英姿", ["fanjian"] = "反间", ["guose"] = "国色",
        ["liuli"] = "流离", ["qianxun"] = "谦逊", ["lianying"] = "连营", ["xiaoji"] = "枭姬", ["jieyin"] = "结姻",
        ["qingnang"] = "青囊", ["jijiu"] = "急救", ["wushuang"] = "无双", ["lijian"] = "离间", ["biyue"] = "闭月",
    }.ToFrozenDictionary();

    /// <summary>"武圣 wusheng" for a known skill id, the id itself otherwise.</summary>
    public static string Label(string id) => Names.TryGetValue(id, out var name) ? $"{name} {id}" : id;
}
