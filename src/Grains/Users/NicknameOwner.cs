namespace SanguoOrleans.Grains.Users;

/// <summary>The user a nickname belongs to.</summary>
[GenerateSerializer, Alias("sanguo.NicknameOwner")]
internal sealed class NicknameOwner
{
    [Id(0)] public Guid UserId { get; set; }
}
