package id.go.mpp.sinergi.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks, before anything starts, that every port the stack needs is free. */
final class Ports {

    private Ports() {
    }

    /** One line per port already taken, naming what wanted it and the setting that moves it. */
    static List<String> problems(Settings settings, Collection<Settings.Port> wanted) {
        List<String> problems = new ArrayList<>();
        for (Settings.Port p : wanted) {
            int port = settings.port(p);
            String why = whyNotFree(settings.bind, port);
            if (why != null) {
                problems.add("port " + port + " on " + settings.bind + " (wanted by " + p.description + ") " + why
                        + "; choose another with " + p.howToChange());
            }
        }
        return problems;
    }

    private static String whyNotFree(String bind, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(bind, port));
        } catch (IOException e) {
            return "is already in use by another program (see: ss -ltnp 'sport = :" + port + "')";
        }
        // Something listening on another address of the loopback/wildcard would still answer here.
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return "already answers on 127.0.0.1 (see: ss -ltnp 'sport = :" + port + "')";
        } catch (IOException e) {
            return null;
        }
    }

    static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
