using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Users;

/// <summary>The pending team invitations group.</summary>
[GenerateSerializer, Alias("sanguo.UserInvitesState")]
internal sealed class InvitesState
{
    [Id(0)] public List<TeamInvite> Pending { get; set; } = [];
}
