using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>
/// One player's data and the single writer of it: profile, game record, ladder record, roguelike summary,
/// invitations, wallet, and the live session. Each group of state is saved on its own: urgent groups before
/// a call returns, the rest by a periodic flush and when the user goes offline.
/// </summary>
public interface IUserGrain : IGrainWithGuidKey
{
    /// <summary>Creates the user for a freshly registered account; a repeated call changes nothing.</summary>
    Task<Outcome<UserProfile>> CreateAsync(string accountName);

    /// <summary>The public profile.</summary>
    Task<Outcome<UserProfile>> GetProfileAsync();

    /// <summary>Chooses the nickname, once; refused when invalid, taken, or already chosen.</summary>
    Task<Outcome<UserProfile>> SetNicknameAsync(string nickname);

    /// <summary>Changes the avatar and the signature (a lazily saved change).</summary>
    Task<Outcome<UserProfile>> UpdateProfileAsync(ProfileUpdate update);

    /// <summary>Adds experience, levelling up as it passes thresholds (a lazily saved change).</summary>
    Task<Outcome<UserProfile>> AddExperienceAsync(int amount);

    /// <summary>Opens a session after authentication, ending any other session of this user (its observer is told why).</summary>
    Task<Outcome<SessionGrant>> OpenSessionAsync(ISessionObserver observer);

    /// <summary>Re-attaches a connection to a session by its token, e.g. after a reconnect.</summary>
    Task<Outcome<SessionGrant>> ResumeSessionAsync(string token, ISessionObserver observer);

    /// <summary>Ends the session when <paramref name="token"/> is the live one: saves what is unsaved, then reports the user offline.</summary>
    Task CloseSessionAsync(string token, SessionEndReason reason);

    /// <summary>Ends the live session, if any, telling its observer why (operator kick or ban).</summary>
    Task KickAsync(SessionEndReason reason);

    /// <summary>Whether the user has a live session.</summary>
    Task<bool> IsOnlineAsync();

    /// <summary>Pushes a ladder event to the live connection; false when the user is offline.</summary>
    Task<bool> NotifyLadderAsync(LadderNotice notice);

    /// <summary>Applies one wallet operation durably (see <see cref="WalletOperation"/>).</summary>
    Task<Outcome<WalletReceipt>> ApplyWalletOperationAsync(WalletOperation operation);

    /// <summary>
    /// Moves a positive amount from this user to <paramref name="recipient"/> in one durable step: both sides
    /// are applied or neither, whatever fails in between. Idempotent by the operation id.
    /// </summary>
    Task<Outcome<WalletReceipt>> TransferAsync(Guid recipient, WalletOperation operation);

    /// <summary>The balances.</summary>
    Task<WalletBalance> GetBalanceAsync();

    /// <summary>The game, ladder and roguelike records and pending invitations.</summary>
    Task<Outcome<UserRecords>> GetRecordsAsync();

    /// <summary>The table the user is at, or null.</summary>
    Task<string?> GetCurrentTableAsync();

    /// <summary>Marks the user as at <paramref name="tableId"/> (refused when at another table); returns the profile for level checks.</summary>
    Task<Outcome<UserProfile>> EnterTableAsync(string tableId);

    /// <summary>Clears the current table when it is <paramref name="tableId"/>.</summary>
    Task LeaveTableAsync(string tableId);

    /// <summary>Records a finished game (games, wins by role, escapes) and pays its reward once per table.</summary>
    Task<Outcome<GameRecord>> RecordGameResultAsync(UserGameResult result);

    /// <summary>Keeps a copy of the standing on the ladder last played, for the records (a lazily saved change).</summary>
    Task RecordLadderStandingAsync(LadderRecord record);

    /// <summary>Keeps a copy of the roguelike summary its act grain sent, for the records (a lazily saved change).</summary>
    Task RecordRoguelikeSummaryAsync(RoguelikeSummary summary);
}
