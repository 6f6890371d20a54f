using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SanguoOrleans.Gateway.Tests.WebSockets;

/// <summary>A gateway configured with a self-signed certificate: TLS on the client TCP port and the HTTP port.</summary>
public sealed class TlsGatewayFixture : GatewayFixture, IAsyncLifetime
{
    private const string PfxPassword = "test-pfx-password";

    private readonly X509Certificate2 _certificate = SelfSignedCertificate.Create();
    private readonly string _pfxPath;

    public TlsGatewayFixture()
    {
        _pfxPath = SelfSignedCertificate.WritePfx(_certificate, PfxPassword);
        Settings = new Dictionary<string, string?>
        {
            ["Gateway:Certificate:Path"] = _pfxPath,
            ["Gateway:Certificate:Password"] = PfxPassword,
        };
    }

    protected override IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Trusts exactly this fixture's certificate, as a client pinning it would.</summary>
    public RemoteCertificateValidationCallback AcceptOurCertificate =>
        (_, presented, _, _) => presented is not null && presented.GetCertHashString() == _certificate.GetCertHashString();

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_pfxPath);
        _certificate.Dispose();
    }
}
