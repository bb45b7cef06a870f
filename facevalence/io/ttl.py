"""A TTL to the rig over a serial port when a closed-loop trigger fires (pyserial)."""

from __future__ import annotations

from facevalence.errors import InputError


class SerialTTL:
    """Send a trigger over a serial port: ``message`` is written (a microcontroller on the port,
    e.g. an Arduino, turns it into a TTL pulse), and the RTS line is raised for ``pulse_s`` (a
    USB-serial adapter's RTS pin gives the pulse itself, without a microcontroller).

    Parameters
    ----------
    port : str
        ``/dev/ttyUSB0``, ``/dev/ttyACM0``, ``COM3``, ...
    baudrate : int
    message : bytes
        Written at every trigger.
    pulse_s : float
        How long RTS stays high.

    Raises
    ------
    InputError
        One line naming the port when it cannot be opened.
    """

    def __init__(self, port: str, baudrate: int = 115200, message: bytes = b"T\n", pulse_s: float = 0.01):
        import serial

        try:
            self.port = serial.Serial(port, baudrate=baudrate, timeout=0, write_timeout=0.1)
        except (serial.SerialException, OSError, ValueError) as err:
            raise InputError(port, "serial port", f"cannot be opened: {err}") from None
        self.message, self.pulse_s = message, pulse_s
        self.sent = 0

    def fire(self) -> None:
        """Write the message and pulse RTS (about ``pulse_s``; this blocks that long)."""
        import time

        self.port.write(self.message)
        self.port.flush()
        try:
            self.port.rts = True
            time.sleep(self.pulse_s)
            self.port.rts = False
        except OSError:  # a pseudo-terminal or a port without modem lines: the message is the trigger
            pass
        self.sent += 1

    def close(self) -> None:
        """Close the port."""
        self.port.close()
