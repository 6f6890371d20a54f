namespace SanguoOrleans.Game.Cards;

/// <summary>Printed names of cards, for listings and logs (the engine itself works on <see cref="CardName"/>).</summary>
public static class CardText
{
    /// <summary>The Chinese name printed on the card.</summary>
    public static string Chinese(CardName name) => name switch
    {
        CardName.Slash => "杀",
        CardName.ThunderSlash => "雷杀",
        CardName.FireSlash => "火杀",
        CardName.Jink => "闪",
        CardName.Peach => "桃",
        CardName.Analeptic => "酒",
        CardName.Dismantlement => "过河拆桥",
        CardName.Snatch => "顺手牵羊",
        CardName.Duel => "决斗",
        CardName.Collateral => "借刀杀人",
        CardName.ExNihilo => "无中生有",
        CardName.Nullification => "无懈可击",
        CardName.SavageAssault => "南蛮入侵",
        CardName.ArcheryAttack => "万箭齐发",
        CardName.GodSalvation => "桃园结义",
        CardName.AmazingGrace => "五谷丰登",
        CardName.IronChain => "铁索连环",
        CardName.FireAttack => "火攻",
        CardName.Lightning => "闪电",
        CardName.Indulgence => "乐不思蜀",
        CardName.SupplyShortage => "兵粮寸断",
        CardName.Crossbow => "诸葛连弩",
        CardName.QinggangSword => "青釭剑",
        CardName.IceSword => "寒冰剑",
        CardName.DoubleSwords => "雌雄双股剑",
        CardName.Blade => "青龙偃月刀",
        CardName.Spear => "丈八蛇矛",
        CardName.Axe => "贯石斧",
        CardName.Halberd => "方天画戟",
        CardName.KylinBow => "麒麟弓",
        CardName.GudingBlade => "古锭刀",
        CardName.Fan => "朱雀羽扇",
        CardName.EightDiagram => "八卦阵",
        CardName.NiohShield => "仁王盾",
        CardName.Vine => "藤甲",
        CardName.SilverLion => "白银狮子",
        CardName.Dilu => "的卢",
        CardName.Jueying => "绝影",
        CardName.Zhuahuangfeidian => "爪黄飞电",
        CardName.Hualiu => "骅骝",
        CardName.Chitu => "赤兔",
        CardName.Dayuan => "大宛",
        CardName.Zixing => "紫骍",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown card name"),
    };
}
