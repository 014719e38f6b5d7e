package dev.lab.it.qemu;

import java.nio.charset.StandardCharsets;

/**
 * Boot sectors for test disks. A legacy BIOS that boots such a disk runs its code, so a test sees
 * on the serial console that the machine left the network boot for its local disk.
 */
public final class BootSectors {

  /** Where a BIOS loads the boot sector. */
  private static final int LOAD_ADDRESS = 0x7c00;

  private BootSectors() {
  }

  /**
   * A master boot record whose code writes {@code message} and CR LF to COM1 (port 0x3f8), then
   * halts. The partition table stays empty; the sector ends with the 0x55 0xAA signature.
   *
   * @param message printable ASCII, at most 400 characters
   */
  public static byte[] serialMarker(String message) {
    if (!message.matches("[ -~]{1,400}")) {
      throw new IllegalArgumentException("a boot sector message must be 1 to 400 printable ASCII characters");
    }
    byte[] code = code();
    int messageAddress = LOAD_ADDRESS + code.length;
    code[7] = (byte) messageAddress;
    code[8] = (byte) (messageAddress >>> 8);
    byte[] sector = new byte[512];
    System.arraycopy(code, 0, sector, 0, code.length);
    byte[] text = (message + "\r\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, sector, code.length, text.length);
    sector[510] = 0x55;
    sector[511] = (byte) 0xaa;
    return sector;
  }

  /** 16-bit real-mode code; bytes 7 and 8 take the message's address (little endian). */
  private static byte[] code() {
    int[] code = {
        0xfa,             // cli
        0x31, 0xc0,       // xor  ax, ax
        0x8e, 0xd8,       // mov  ds, ax
        0xfc,             // cld
        0xbe, 0x00, 0x00, // mov  si, <message address>
        0xba, 0xf8, 0x03, // mov  dx, 0x3f8           ; COM1 data register
        0xac,             // next: lodsb
        0x84, 0xc0,       // test al, al
        0x74, 0x12,       // jz   done                ; the message ends with a NUL
        0x88, 0xc3,       // mov  bl, al
        0x83, 0xc2, 0x05, // add  dx, 5               ; line status register
        0xec,             // wait: in al, dx
        0xa8, 0x20,       // test al, 0x20            ; transmitter holding register empty?
        0x74, 0xfb,       // jz   wait
        0x83, 0xea, 0x05, // sub  dx, 5
        0x88, 0xd8,       // mov  al, bl
        0xee,             // out  dx, al
        0xeb, 0xe9,       // jmp  next
        0xf4,             // done: hlt
        0xeb, 0xfd,       // jmp  done
    };
    byte[] bytes = new byte[code.length];
    for (int i = 0; i < code.length; i++) {
      bytes[i] = (byte) code[i];
    }
    return bytes;
  }
}
