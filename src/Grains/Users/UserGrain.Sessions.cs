using System.Security.Cryptography;
using System.Text;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Users;

internal sealed partial class UserGrain
{
    private ISessionObserver? _connection;

    public async Task<Outcome<SessionGrant>> OpenSessionAsync(ISessionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (!Exists)
        {
            return NotFound<SessionGrant>();
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expiresAt = _clock.GetUtcNow() + _options.SessionLifetime;
        var previous = (_account.State.SessionTokenHash, _account.State.SessionExpiresAt);
        _account.State.SessionTokenHash = Hash(token);
        _account.State.SessionExpiresAt = expiresAt;
        if (await SaveUrgentAsync(_account) is { } refusal)
        {
            (_account.State.SessionTokenHash, _account.State.SessionExpiresAt) = previous;
            return Outcome.Refused<SessionGrant>(refusal);
        }

        Attach(observer, SessionEndReason.ReplacedByNewLogin);
        return Outcome.Success(new SessionGrant(UserId, token, expiresAt));
    }

    public Task<Outcome<SessionGrant>> ResumeSessionAsync(string token, ISessionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (!IsLiveToken(token))
        {
            return Task.FromResult(Refuse<SessionGrant>(nameof(ResumeSessionAsync), RefusalCode.SessionInvalid, "The session is over; log in again."));
        }

        Attach(observer, SessionEndReason.ReplacedByNewLogin);
        return Task.FromResult(Outcome.Success(new SessionGrant(UserId, token, _account.State.SessionExpiresAt)));
    }

    public async Task CloseSessionAsync(string token, SessionEndReason reason)
    {
        if (!IsLiveToken(token))
        {
            return;
        }

        // A dropped connection may come back with its token; a logout may not.
        await GoOfflineAsync(revokeToken: reason != SessionEndReason.Disconnected, notify: null);
    }

    public Task KickAsync(SessionEndReason reason) =>
        GoOfflineAsync(revokeToken: true, notify: reason);

    public Task<bool> IsOnlineAsync() => Task.FromResult(_connection is not null);

    public Task<bool> NotifyLadderAsync(LadderNotice notice)
    {
        if (_connection is not { } connection)
        {
            return Task.FromResult(false);
        }

        // The connection object listens to the ladder as well; one-way, so a slow connection does not hold the user.
        _ = connection.AsReference<ILadderObserver>().LadderNotified(notice);
        return Task.FromResult(true);
    }

    private void Attach(ISessionObserver observer, SessionEndReason reasonForPrevious)
    {
        if (_connection is { } previous && !previous.Equals(observer))
        {
            _ = previous.SessionEnded(reasonForPrevious);
        }

        var wasOnline = _connection is not null;
        _connection = observer;
        if (!wasOnline)
        {
            _presence.Report(UserId, online: true);
        }
    }

    /// <summary>The seed's offline path: save every dirty group, and only then report the user gone.</summary>
    private async Task GoOfflineAsync(bool revokeToken, SessionEndReason? notify)
    {
        if (notify is { } reason)
        {
            _ = _connection?.SessionEnded(reason);
        }

        if (revokeToken && _account.State.SessionTokenHash is not null)
        {
            _account.State.SessionTokenHash = null;
            _account.MarkDirty();
        }

        var wasOnline = _connection is not null;
        _connection = null;
        await FlushAsync();
        if (wasOnline)
        {
            _presence.Report(UserId, online: false);
        }
    }

    private bool IsLiveToken(string? token) =>
        token is not null
        && _account.State.SessionTokenHash is { } stored
        && _account.State.SessionExpiresAt > _clock.GetUtcNow()
        && CryptographicOperations.FixedTimeEquals(stored, Hash(token));

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
