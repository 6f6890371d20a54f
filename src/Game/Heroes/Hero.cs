namespace SanguoOrleans.Game.Heroes;

/// <summary>Kingdom of a hero.</summary>
public enum Kingdom
{
    /// <summary>魏</summary>
    Wei,
    /// <summary>蜀</summary>
    Shu,
    /// <summary>吴</summary>
    Wu,
    /// <summary>群</summary>
    Qun,
}

/// <summary>Gender of a hero (雌雄双股剑 and some skills depend on it).</summary>
public enum Gender
{
    /// <summary>Male.</summary>
    Male,
    /// <summary>Female.</summary>
    Female,
}

/// <summary>A hero card: identity data and skill ids.</summary>
/// <param name="Skills">Skills every player of this hero has.</param>
/// <param name="LordSkills">主公技: only while the player is the lord of an identity game.</param>
public sealed record Hero(string Id, string Name, Kingdom Kingdom, Gender Gender, int MaxHp, IReadOnlyList<string> Skills, IReadOnlyList<string> LordSkills);
