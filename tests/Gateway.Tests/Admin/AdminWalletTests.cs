using System.Net;
using System.Net.Http.Json;
using SanguoOrleans.Grains.Interfaces;

namespace SanguoOrleans.Gateway.Tests.Admin;

[Collection(AdminCollection.Name)]
public class AdminWalletTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_grant_then_a_deduction_move_the_balance_and_answer_with_the_receipt()
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();

        var granted = await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 500, "g-1"), HttpStatusCode.OK);
        var deducted = await AdminHttp.ExpectAsync(await AdminHttp.DeductAsync(admin, userId, 120, "d-1"), HttpStatusCode.OK);
        await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 7, "g-2", currency: "yuanbao"), HttpStatusCode.OK);

        Assert.Equal(500, granted.GetProperty("receipt").GetProperty("amount").GetInt64());
        Assert.Equal("tongqian", granted.GetProperty("receipt").GetProperty("currency").GetString());
        Assert.Equal(-120, deducted.GetProperty("receipt").GetProperty("amount").GetInt64());
        Assert.Equal(380, deducted.GetProperty("receipt").GetProperty("balance_after").GetInt64());
        Assert.Equal(380, deducted.GetProperty("balance").GetProperty("tongqian").GetInt64());
        var user = await AdminHttp.ExpectAsync(await admin.GetAsync($"users/{userId}"), HttpStatusCode.OK);
        Assert.Equal(380, user.GetProperty("balance").GetProperty("tongqian").GetInt64());
        Assert.Equal(7, user.GetProperty("balance").GetProperty("yuanbao").GetInt64());
    }

    [Fact]
    public async Task A_retried_grant_is_applied_once_and_answers_with_the_first_receipt()
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();

        var first = await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 300, "once"), HttpStatusCode.OK);
        var retry = await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 300, "once"), HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("receipt").GetRawText(), retry.GetProperty("receipt").GetRawText());
        Assert.Equal(300, retry.GetProperty("balance").GetProperty("tongqian").GetInt64());
    }

    [Fact]
    public async Task An_operation_id_reused_for_a_different_amount_is_409()
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();
        await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 10, "same-id"), HttpStatusCode.OK);

        await AdminHttp.ExpectRefusalAsync(await AdminHttp.GrantAsync(admin, userId, 11, "same-id"), HttpStatusCode.Conflict, RefusalCode.OperationConflict);
    }

    [Fact]
    public async Task A_deduction_beyond_the_balance_is_409_and_changes_nothing()
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();
        await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 100, "g"), HttpStatusCode.OK);

        await AdminHttp.ExpectRefusalAsync(await AdminHttp.DeductAsync(admin, userId, 101, "d"), HttpStatusCode.Conflict, RefusalCode.InsufficientFunds);

        var user = await AdminHttp.ExpectAsync(await admin.GetAsync($"users/{userId}"), HttpStatusCode.OK);
        Assert.Equal(100, user.GetProperty("balance").GetProperty("tongqian").GetInt64());
    }

    [Fact]
    public async Task A_grant_to_an_unknown_user_is_404()
    {
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectRefusalAsync(await AdminHttp.GrantAsync(admin, Guid.NewGuid(), 1, "x"), HttpStatusCode.NotFound, RefusalCode.UserNotFound);
    }

    public static TheoryData<object> MalformedChanges => new()
    {
        new { currency = "tongqian", amount = 5, reason = "r" },
        new { currency = "tongqian", amount = 5, reason = "", operation_id = "o" },
        new { currency = "tongqian", amount = 0, reason = "r", operation_id = "o" },
        new { currency = "tongqian", amount = -5, reason = "r", operation_id = "o" },
        new { currency = "gold", amount = 5, reason = "r", operation_id = "o" },
        new { currency = "tongqian", amout = 5, reason = "r", operation_id = "o" },
        new { currency = "tongqian", amount = 5, reason = "r", operation_id = new string('o', 65) },
    };

    [Theory]
    [MemberData(nameof(MalformedChanges))]
    public async Task A_malformed_grant_is_400(object body)
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectRefusalAsync(await admin.PostAsJsonAsync($"users/{userId}/grant", body), HttpStatusCode.BadRequest, RefusalCode.InvalidArgument);
    }

    [Fact]
    public async Task The_ledger_lists_a_users_operations_newest_first_up_to_the_limit()
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();
        await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 100, "first"), HttpStatusCode.OK);
        await AdminHttp.ExpectAsync(await AdminHttp.DeductAsync(admin, userId, 30, "second"), HttpStatusCode.OK);
        await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 5, "third"), HttpStatusCode.OK);

        var all = await AdminHttp.ExpectAsync(await admin.GetAsync($"users/{userId}/ledger"), HttpStatusCode.OK);
        var two = await AdminHttp.ExpectAsync(await admin.GetAsync($"users/{userId}/ledger?limit=2"), HttpStatusCode.OK);

        Assert.Equal(["third", "second", "first"], all.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("operation_id").GetString()));
        Assert.Equal([75L, 70L, 100L], all.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("balance_after").GetInt64()));
        Assert.Equal(["third", "second"], two.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("operation_id").GetString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("many")]
    public async Task A_ledger_limit_out_of_range_is_400(string limit)
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectRefusalAsync(await admin.GetAsync($"users/{userId}/ledger?limit={limit}"), HttpStatusCode.BadRequest, RefusalCode.InvalidArgument);
    }

    [Fact]
    public async Task The_reconciliation_finds_the_ledger_and_the_balances_consistent()
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();
        await AdminHttp.ExpectAsync(await AdminHttp.GrantAsync(admin, userId, 40, "r-1"), HttpStatusCode.OK);
        await AdminHttp.ExpectAsync(await AdminHttp.DeductAsync(admin, userId, 15, "r-2"), HttpStatusCode.OK);

        var report = await AdminHttp.ExpectAsync(await admin.PostAsync("reconcile", null), HttpStatusCode.OK);

        Assert.True(report.GetProperty("consistent").GetBoolean());
        Assert.Empty(report.GetProperty("discrepancies").EnumerateArray());
        Assert.InRange(report.GetProperty("ledger_entries").GetInt64(), 2, long.MaxValue);
        Assert.InRange(report.GetProperty("balances_checked").GetInt32(), 1, int.MaxValue);
    }
}
