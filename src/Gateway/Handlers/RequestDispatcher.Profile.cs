using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces.Lobby;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Profile, wallet and lobby.</summary>
internal sealed partial class RequestDispatcher
{
    private const int MaxNicknameInputLength = 64;

    private async Task GetProfileAsync(ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        var user = session.User!;
        var outcome = await ReadAsync(user.GetProfileAsync, ct).ConfigureAwait(false);
        if (!Refused(outcome, reply))
        {
            reply.Profile = ToProto(outcome.Value!);
        }
    }

    private async Task SetNicknameAsync(SetNicknameRequest request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (request.Nickname.Length is 0 or > MaxNicknameInputLength)
        {
            reply.Error = Error(ErrorCode.NicknameInvalid, "The nickname is empty or far too long.");
            return;
        }

        var user = session.User!;
        var outcome = await ChangeAsync(() => user.SetNicknameAsync(request.Nickname), ct).ConfigureAwait(false);
        if (!Refused(outcome, reply))
        {
            reply.Profile = ToProto(outcome.Value!);
        }
    }

    private async Task GetBalanceAsync(ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        var user = session.User!;
        var balance = await ReadAsync(user.GetBalanceAsync, ct).ConfigureAwait(false);
        reply.Balance = new Balance { Tongqian = balance.Tongqian, Yuanbao = balance.Yuanbao };
    }

    private async Task ListLobbyAsync(ListLobbyRequest request, ServerMessage reply, CancellationToken ct)
    {
        if (request.Page < 0)
        {
            reply.Error = Error(ErrorCode.InvalidArgument, "Lobby pages are numbered from 0.");
            return;
        }

        var tables = await ReadAsync(() => grains.GetGrain<ILobbyPageGrain>(request.Page).ListAsync(), ct).ConfigureAwait(false);
        var page = new LobbyPage { Page = request.Page };
        page.Tables.AddRange(tables.Select(TableMapping.ToProto));
        reply.LobbyPage = page;
    }

    private static Profile ToProto(UserProfile profile) => new()
    {
        UserId = profile.UserId.ToString(),
        Account = profile.AccountName,
        Nickname = profile.Nickname ?? "",
        Avatar = profile.Avatar,
        Signature = profile.Signature,
        Level = profile.Level,
        Experience = profile.Experience,
        CreatedAtUnixMs = profile.CreatedAt.ToUnixTimeMilliseconds(),
    };
}
