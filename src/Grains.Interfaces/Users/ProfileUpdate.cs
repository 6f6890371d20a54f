namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>Changes to the profile; a null field is left as it is.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.ProfileUpdate")]
public sealed record ProfileUpdate(int? Avatar = null, string? Signature = null)
{
    /// <summary>The longest signature accepted.</summary>
    public const int MaxSignatureLength = 60;

    /// <summary>The number of avatars to choose from.</summary>
    public const int AvatarCount = 64;
}
