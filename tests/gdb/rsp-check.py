#!/usr/bin/env python3
"""Raw gdb remote-protocol checks against mimic -g (tests/gdb/gdb-test.sh).

    rsp-check.py ARCH SOCKET STOP_SPIN_ADDR

mimic runs tests/gdb/prog.c with the argument "spin": it loops until the
int at STOP_SPIN_ADDR (hex) is nonzero, then exits with status 3. This
talks the protocol itself for what gdb's batch mode cannot show: the
qSupported features, acks then no-ack mode, the target XML, ^C while the
target runs, writing memory to end the loop, and the W reply.
Prints "PASS gdb ARCH rsp-NAME" / "FAIL ..." lines.
"""
import socket
import sys

ARCH, PATH, FLAG = sys.argv[1], sys.argv[2], int(sys.argv[3], 16)
sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
sock.settimeout(10)
sock.connect(PATH)
buf = b""
acks = True


def report(name, ok, detail=""):
    print("%s gdb %s rsp-%s%s" % ("PASS" if ok else "FAIL", ARCH, name,
                                  "" if ok else ": " + detail))


def getc():
    global buf
    while not buf:
        data = sock.recv(4096)
        if not data:
            raise EOFError("mimic closed the connection")
        buf += data
    c, buf = buf[:1], buf[1:]
    return c


def send(payload):
    pkt = b"$" + payload + b"#%02x" % (sum(payload) & 0xFF)
    sock.sendall(pkt)
    if acks:
        c = getc()
        if c != b"+":
            raise ValueError("expected an ack, got %r" % c)


def recv():
    while getc() != b"$":
        pass
    data = b""
    c = getc()
    while c != b"#":
        data += c
        c = getc()
    csum = getc() + getc()
    if int(csum, 16) != sum(data) & 0xFF:
        raise ValueError("bad checksum on %r" % data)
    if acks:
        sock.sendall(b"+")
    return data


def ask(payload):
    send(payload)
    return recv()


def main():
    global acks
    sup = ask(b"qSupported:multiprocess+;swbreak+;hwbreak+;xmlRegisters=i386")
    want = [b"PacketSize=", b"qXfer:features:read+", b"qXfer:auxv:read+",
            b"qXfer:exec-file:read+", b"vContSupported+",
            b"QStartNoAckMode+"]
    missing = [w.decode() for w in want if w not in sup]
    report("qsupported", not missing, "missing %s in %r" % (missing, sup))
    report("noack", ask(b"QStartNoAckMode") == b"OK", "no OK")
    acks = False
    stop = ask(b"?")
    report("stop-reply", stop.startswith(b"T05thread:"), repr(stop))
    report("vcont-query", ask(b"vCont?") == b"vCont;c;C;s;S", "")
    report("unknown-packet", ask(b"qMimicNoSuchThing") == b"", "")
    xml = b""
    while True:
        part = ask(b"qXfer:features:read:target.xml:%x,400" % len(xml))
        xml += part[1:]
        if part[:1] != b"m":
            break
    feats = {"riscv64": [b"org.gnu.gdb.riscv.cpu", b"org.gnu.gdb.riscv.fpu",
                         b'"fcsr"'],
             "aarch64": [b"org.gnu.gdb.aarch64.core",
                         b"org.gnu.gdb.aarch64.fpu", b'"v31"', b'"fpcr"']}
    missing = [f.decode() for f in feats[ARCH] if f not in xml]
    report("target-xml", xml.endswith(b"</target>\n") and not missing,
           "missing %s" % missing)
    exe = ask(b"qXfer:exec-file:read::0,400")
    report("exec-file", exe.startswith(b"l/") and exe.endswith(b"prog-" +
                                                               ARCH.encode()),
           repr(exe))
    threads = ask(b"qfThreadInfo")
    report("thread-list", threads.startswith(b"m") and
           ask(b"qsThreadInfo") == b"l", repr(threads))
    tid = threads[1:].split(b",")[0]
    report("thread-alive", ask(b"T" + tid) == b"OK" and
           ask(b"T7fffffff").startswith(b"E"), "")
    # Run, then ^C: the loop is stopped with SIGINT.
    send(b"vCont;c")
    sock.settimeout(0.3)
    try:
        early = recv()
    except socket.timeout:
        early = None
    sock.settimeout(10)
    sock.sendall(b"\x03")
    stop = recv() if early is None else early
    report("interrupt", stop.startswith(b"T02thread:"), repr(stop))
    cur = ask(b"m%x,4" % FLAG)
    report("read-memory", cur == b"00000000", repr(cur))
    report("write-memory", ask(b"M%x,4:01000000" % FLAG) == b"OK", "")
    send(b"vCont;c")
    end = recv()
    report("exit", end == b"W03", repr(end))


try:
    main()
except (OSError, EOFError, ValueError) as e:
    report("protocol", False, str(e))
