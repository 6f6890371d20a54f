namespace SanguoOrleans.Game.Cards;

/// <summary>Every card name of the 160-card deck (identifiers follow FreeKill/QSanguosha English names).</summary>
public enum CardName
{
    /// <summary>杀</summary>
    Slash,
    /// <summary>雷杀</summary>
    ThunderSlash,
    /// <summary>火杀</summary>
    FireSlash,
    /// <summary>闪</summary>
    Jink,
    /// <summary>桃</summary>
    Peach,
    /// <summary>酒</summary>
    Analeptic,
    /// <summary>过河拆桥</summary>
    Dismantlement,
    /// <summary>顺手牵羊</summary>
    Snatch,
    /// <summary>决斗</summary>
    Duel,
    /// <summary>借刀杀人</summary>
    Collateral,
    /// <summary>无中生有</summary>
    ExNihilo,
    /// <summary>无懈可击</summary>
    Nullification,
    /// <summary>南蛮入侵</summary>
    SavageAssault,
    /// <summary>万箭齐发</summary>
    ArcheryAttack,
    /// <summary>桃园结义</summary>
    GodSalvation,
    /// <summary>五谷丰登</summary>
    AmazingGrace,
    /// <summary>铁索连环</summary>
    IronChain,
    /// <summary>火攻</summary>
    FireAttack,
    /// <summary>闪电</summary>
    Lightning,
    /// <summary>乐不思蜀</summary>
    Indulgence,
    /// <summary>兵粮寸断</summary>
    SupplyShortage,
    /// <summary>诸葛连弩</summary>
    Crossbow,
    /// <summary>青釭剑</summary>
    QinggangSword,
    /// <summary>寒冰剑</summary>
    IceSword,
    /// <summary>雌雄双股剑</summary>
    DoubleSwords,
    /// <summary>青龙偃月刀</summary>
    Blade,
    /// <summary>丈八蛇矛</summary>
    Spear,
    /// <summary>贯石斧</summary>
    Axe,
    /// <summary>方天画戟</summary>
    Halberd,
    /// <summary>麒麟弓</summary>
    KylinBow,
    /// <summary>古锭刀</summary>
    GudingBlade,
    /// <summary>朱雀羽扇</summary>
    Fan,
    /// <summary>八卦阵</summary>
    EightDiagram,
    /// <summary>仁王盾</summary>
    NiohShield,
    /// <summary>藤甲</summary>
    Vine,
    /// <summary>白银狮子</summary>
    SilverLion,
    /// <summary>的卢 (+1)</summary>
    Dilu,
    /// <summary>绝影 (+1)</summary>
    Jueying,
    /// <summary>爪黄飞电 (+1)</summary>
    Zhuahuangfeidian,
    /// <summary>骅骝 (+1)</summary>
    Hualiu,
    /// <summary>赤兔 (−1)</summary>
    Chitu,
    /// <summary>大宛 (−1)</summary>
    Dayuan,
    /// <summary>紫骍 (−1)</summary>
    Zixing,
}
