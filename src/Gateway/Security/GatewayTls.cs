using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SanguoOrleans.Gateway.Security;

/// <summary>Puts TLS on a Kestrel listener when a certificate is configured.</summary>
internal static class GatewayTls
{
    /// <summary>Loads the configured certificate, or null when none is configured.</summary>
    public static X509Certificate2? Load(GatewayCertificateOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return null;
        }

        // Fail at start-up, naming the file, rather than at the first handshake.
        if (!File.Exists(options.Path))
        {
            throw new FileNotFoundException($"Gateway:Certificate:Path names no file: {options.Path}", options.Path);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(options.Path, options.Password);
    }

    /// <summary>TLS on <paramref name="listen"/> when <paramref name="certificate"/> is set; otherwise nothing.</summary>
    public static ListenOptions UseTlsIfConfigured(this ListenOptions listen, X509Certificate2? certificate) =>
        certificate is null ? listen : listen.UseHttps(certificate);
}
