-- facevalence creates one schema per module, named <FACEVALENCE_PREFIX>_<module>
-- (lab_session, lab_face, ...): the worker account may create and use those.
GRANT ALL PRIVILEGES ON `lab\_%`.* TO 'facevalence'@'%';
FLUSH PRIVILEGES;
