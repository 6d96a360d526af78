# Example NixOS configuration: cf-torrent on loopback, published over HTTPS on the tailnet by
# `tailscale serve` (https://<machine>.<tailnet>.ts.net). Tailscale serve sets X-Forwarded-Proto,
# X-Forwarded-Host and X-Forwarded-For; the app trusts them only because nothing but the proxy can reach
# 127.0.0.1. Requires HTTPS certificates enabled for the tailnet (admin console, DNS).
{ pkgs, ... }:

{
  imports = [ ./cf-torrent.nix ];

  virtualisation.podman.enable = true;
  virtualisation.oci-containers.backend = "podman";

  services.tailscale.enable = true;

  services.cf-torrent = {
    enable = true;
    image = "localhost/cf-torrent:latest";
    listenAddress = "127.0.0.1";
    port = 3000;
    idleTimeout = 300;
    environment = {
      PROTOCOL_HEADER = "x-forwarded-proto";
      HOST_HEADER = "x-forwarded-host";
      ADDRESS_HEADER = "x-forwarded-for";
      # Tailscale replaces X-Forwarded-For with the one tailnet address it saw.
      XFF_DEPTH = "1";
    };
  };

  # `tailscale serve` keeps its configuration in tailscaled; this applies it at boot and removes it on stop.
  systemd.services.cf-torrent-tailscale-serve = {
    description = "Publish cf-torrent over HTTPS on the tailnet";
    after = [ "tailscaled.service" ];
    wants = [ "tailscaled.service" ];
    wantedBy = [ "multi-user.target" ];
    serviceConfig = {
      Type = "oneshot";
      RemainAfterExit = true;
      ExecStart = "${pkgs.tailscale}/bin/tailscale serve --bg --https=443 http://127.0.0.1:3000";
      ExecStop = "${pkgs.tailscale}/bin/tailscale serve --https=443 off";
    };
  };
}
