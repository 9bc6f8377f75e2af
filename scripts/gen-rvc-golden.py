#!/usr/bin/env python3
"""Ground truth for tests/unit/test-rvc.c: binutils' view of every RVC value.

Disassembles all 16-bit values with riscv64-linux-gnu-objdump, re-assembles
each result with gas under `.option norvc`, and prints "cccc wwwwwwww text"
lines (golden.txt) plus the FNV-1a hash test-rvc.c checks. Run in a scratch
directory.
"""
import struct, subprocess
with open('all.bin', 'wb') as f:
    for v in range(65536):
        if v & 3 != 3:
            f.write(struct.pack('<H', v))
with open('all.dis', 'w') as f:
    subprocess.check_call(['riscv64-linux-gnu-objdump', '-D', '-b', 'binary',
                           '-m', 'riscv:rv64', '-M', 'numeric', 'all.bin'],
                          stdout=f)
import re
lines = open('all.dis').read().splitlines()
ents = []
for l in lines:
    m = re.match(r'\s*([0-9a-f]+):\t([0-9a-f]{4})\s+\t(\S*)\t?(.*)$', l)
    if not m:
        m2 = re.match(r'\s*([0-9a-f]+):\t([0-9a-f]{4})\s*$', l)
        if m2: ents.append((int(m2.group(2),16), None)); continue
        continue
    addr = int(m.group(1),16); c = int(m.group(2),16); mn = m.group(3); ops = m.group(4).strip()
    if mn in ('.2byte','unimp'): ents.append((c,None)); continue
    o = [x.strip() for x in ops.split(',')] if ops else []
    if mn == 'c.nop': s = 'addi x0,x0,%s' % (o[0] if o else 0)
    elif mn == 'c.slli': s = 'slli %s,%s,%s' % (o[0],o[0],o[1])
    elif mn in ('c.slli64','c.srli64','c.srai64'): s = '%s %s,%s,0' % (mn[2:6], o[0], o[0])
    elif mn == 'c.li': s = 'addi %s,x0,%s' % (o[0],o[1])
    elif mn == 'c.lui': s = 'lui %s,%s' % (o[0],o[1])
    elif mn == 'c.mv': s = 'add %s,x0,%s' % (o[0],o[1])
    elif mn == 'c.add': s = 'add %s,%s,%s' % (o[0],o[0],o[1])
    elif mn in ('j','beqz','bnez'):
        t = int(o[-1].split()[0],16); off = t - addr
        s = '%s %s.%+d' % (mn, ''.join(x+',' for x in o[:-1]), off)
    elif mn == 'mv': s = 'add %s,x0,%s' % (o[0],o[1])
    else: s = mn + ' ' + ops
    ents.append((c, s))
with open('exp.s','w') as f:
    f.write('.option norvc\n.option norelax\n')
    for c,s in ents:
        f.write((s if s else '.4byte 0') + '\n')
subprocess.check_call(['riscv64-linux-gnu-as','-march=rv64gc','-o','exp.o','exp.s'])
subprocess.check_call('riscv64-linux-gnu-objcopy -O binary -j .text exp.o exp.bin', shell=True)
import struct
data = open('exp.bin','rb').read()
assert len(data) == 4*len(ents), (len(data), len(ents))
with open('golden.txt','w') as f:
    for i,(c,s) in enumerate(ents):
        w = struct.unpack_from('<I', data, 4*i)[0]
        f.write('%04x %08x %s\n' % (c, w, s or '-'))
print(len(ents))
g = {c: w for (c, s), w in zip(ents, [struct.unpack_from('<I', data, 4 * i)[0] for i in range(len(ents))])}
g[0x6101] = 0  # c.addi16sp sp,0 is reserved; binutils decodes it anyway
h = 0xcbf29ce484222325
for c in range(65536):
    for b in g.get(c, 0).to_bytes(4, 'little'):
        h = ((h ^ b) * 0x100000001b3) & (2**64 - 1)
print('hash %#x' % h)
