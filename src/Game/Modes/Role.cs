namespace SanguoOrleans.Game.Modes;

/// <summary>Identity-mode role.</summary>
public enum Role
{
    /// <summary>主公</summary>
    Lord,
    /// <summary>忠臣</summary>
    Loyalist,
    /// <summary>反贼</summary>
    Rebel,
    /// <summary>内奸</summary>
    Renegade,
}
